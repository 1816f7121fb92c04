using System.Collections;
using ContactSync.Client;

namespace ContactSync.PowerShell.Completers;

/// <summary>Completes -CrmView with the names of the CRM custom views of the command's -CrmUser (id in the tooltip).</summary>
public sealed class CrmViewCompleter : PickerCompleter
{
    internal override IEnumerable<(string Name, string ToolTip)> Complete(
        ContactSyncClient client, string word, IDictionary fakeBoundParameters, CancellationToken cancellationToken) =>
        client.ListCrmViewsAsync(BoundText(fakeBoundParameters, "CrmUser"), cancellationToken).GetAwaiter().GetResult()
            .Where(v => Matches(word, v.Name, v.Id))
            .Select(v => (v.Name, $"{v.Name} (view id {v.Id})"));
}
