using System.Collections;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Completers;

/// <summary>Completes -GoogleAccount with the accounts of stored refresh tokens and the CRM users' emails (the name in the tooltip).</summary>
public sealed class GoogleAccountCompleter : PickerCompleter
{
    internal override IEnumerable<(string Name, string ToolTip)> Complete(
        ContactSyncClient client, string word, IDictionary fakeBoundParameters, CancellationToken cancellationToken) =>
        GoogleAccounts.Candidates(client, cancellationToken).Where(c => Matches(word, c.Account));
}
