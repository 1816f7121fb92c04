using ContactSync.Client;

namespace ContactSync.PowerShell.Completers;

/// <summary>Completes -CrmView with the ids of the CRM custom views (name as tooltip).</summary>
public sealed class CrmViewCompleter : PickerCompleter
{
    internal override IEnumerable<(string Value, string ToolTip)> Complete(ContactSyncClient client, string word, CancellationToken cancellationToken) =>
        client.ListCrmViewsAsync(null, cancellationToken).GetAwaiter().GetResult()
            .Where(v => Matches(word, v.Id, v.Name))
            .Select(v => (v.Id, v.Name));
}
