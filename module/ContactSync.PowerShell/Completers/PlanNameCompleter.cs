using System.Collections;
using ContactSync.Client;

namespace ContactSync.PowerShell.Completers;

/// <summary>Completes -PlanName with the names of the plans the connection's key may see (id in the tooltip).</summary>
public sealed class PlanNameCompleter : PickerCompleter
{
    internal override IEnumerable<(string Name, string ToolTip)> Complete(
        ContactSyncClient client, string word, IDictionary fakeBoundParameters, CancellationToken cancellationToken) =>
        client.ListConfigsAsync(null, cancellationToken).GetAwaiter().GetResult()
            .Where(p => Matches(word.TrimEnd('*'), p.Name))
            .Select(p => (p.Name, $"{p.Name} ({p.Id}, {p.Direction})"));
}
