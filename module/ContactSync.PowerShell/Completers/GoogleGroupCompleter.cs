using ContactSync.Client;

namespace ContactSync.PowerShell.Completers;

/// <summary>Completes -GoogleGroup with the resource names of the contact groups (name as tooltip).</summary>
public sealed class GoogleGroupCompleter : PickerCompleter
{
    internal override IEnumerable<(string Value, string ToolTip)> Complete(ContactSyncClient client, string word, CancellationToken cancellationToken) =>
        client.ListGoogleGroupsAsync(cancellationToken).GetAwaiter().GetResult()
            .Where(g => Matches(word, g.ResourceName, g.Name))
            .Select(g => (g.ResourceName, g.Name));
}
