using System.Collections;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Completers;

/// <summary>
/// Completes -GoogleGroup with the names of the contact groups (resource name in the tooltip) of the command's
/// -GoogleAccount, else of its -CrmUser's account, else of the default account. A word matches a group's
/// name or the id part of its resource name; only a word with a '/' is matched against the whole resource name, since
/// every one starts with "contactGroups/" (typing "contact" must not offer every group).
/// </summary>
public sealed class GoogleGroupCompleter : PickerCompleter
{
    internal override IEnumerable<(string Name, string ToolTip)> Complete(
        ContactSyncClient client, string word, IDictionary fakeBoundParameters, CancellationToken cancellationToken) =>
        client.ListGoogleGroupsAsync(
                GoogleAccounts.For(client, BoundText(fakeBoundParameters, "GoogleAccount"), BoundText(fakeBoundParameters, "CrmUser"), cancellationToken),
                cancellationToken).GetAwaiter().GetResult()
            .Where(g => word.IndexOf('/') >= 0
                ? g.ResourceName.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                : Matches(word, g.Name, g.ResourceName.Substring(g.ResourceName.LastIndexOf('/') + 1)))
            .Select(g => (g.Name, $"{g.Name} ({g.ResourceName}, {g.MemberCount} members)"));
}
