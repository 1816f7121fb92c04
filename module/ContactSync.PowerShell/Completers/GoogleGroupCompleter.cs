using ContactSync.Client;

namespace ContactSync.PowerShell.Completers;

/// <summary>
/// Completes -GoogleGroup with the resource names of the contact groups (name as tooltip). A word matches a group's name
/// or the id part of its resource name; only a word with a '/' is matched against the whole resource name, since every
/// one starts with "contactGroups/" (typing "Contact" must not offer every group).
/// </summary>
public sealed class GoogleGroupCompleter : PickerCompleter
{
    internal override IEnumerable<(string Value, string ToolTip)> Complete(ContactSyncClient client, string word, CancellationToken cancellationToken) =>
        client.ListGoogleGroupsAsync(cancellationToken).GetAwaiter().GetResult()
            .Where(g => word.IndexOf('/') >= 0
                ? g.ResourceName.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                : Matches(word, g.Name, g.ResourceName.Substring(g.ResourceName.LastIndexOf('/') + 1)))
            .Select(g => (g.ResourceName, g.Name));
}
