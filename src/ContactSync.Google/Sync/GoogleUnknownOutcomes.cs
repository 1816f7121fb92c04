using System.Net;
using ContactSync.Core.Ports;

namespace ContactSync.Google.Sync;

/// <summary>
/// Settles writes whose outcome is unknown (<see cref="GoogleOutcomeUnknownException"/>) by reading what is there before
/// anything is sent again: deletes and the quarantine group. Creates and updates are settled by the engine.
/// </summary>
internal static class GoogleUnknownOutcomes
{
    /// <summary>
    /// maxMembers of the one contactGroups.get that lists a group's members. Google documents no upper bound; an account holds
    /// at most 25,000 contacts (third-party figure), so this covers any group. When Google returns fewer names than its
    /// memberCount, the members are read from the connections instead.
    /// </summary>
    internal const int MaxGroupMembers = 100_000;

    /// <summary>
    /// Deletes contacts. When a call's outcome is unknown, the contacts are read back: those gone were deleted, the others
    /// are deleted once more (they exist, so the call is not blind); after a second unknown outcome the read decides.
    /// </summary>
    public static async Task<IReadOnlyList<WriteOutcome>> DeleteAsync(GoogleContactsClient client, IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        var gone = new HashSet<string>(StringComparer.Ordinal);
        var remaining = resourceNames.ToList();
        var failure = "";
        for (var attempt = 0; attempt < 2 && remaining.Count > 0; attempt++)
        {
            try
            {
                await client.BatchDeleteAsync(remaining, cancellationToken);
                gone.UnionWith(remaining);
                remaining.Clear();
            }
            catch (GoogleOutcomeUnknownException ex)
            {
                failure = ex.Message;
                var existing = (await client.GetBatchAsync(remaining, "metadata", cancellationToken)).Select(p => p.ResourceName).ToHashSet(StringComparer.Ordinal);
                gone.UnionWith(remaining.Where(n => !existing.Contains(n)));
                remaining = remaining.Where(existing.Contains).ToList();
            }
        }

        return resourceNames
            .Select(n => gone.Contains(n) ? new WriteOutcome(n, true, n) : new WriteOutcome(n, false, Code: "NOT_DELETED", Message: "Google did not delete the contact: " + failure))
            .ToList();
    }

    /// <summary>
    /// The resource name of the user's group with this name, created when missing. A create with an unknown outcome (or
    /// refused with 409 because it exists) is followed by a read of the groups; the create is repeated only when the group
    /// is not there.
    /// </summary>
    public static async Task<string> FindOrCreateGroupAsync(GoogleContactsClient client, string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var groups = await client.ListGroupsAsync(cancellationToken);
            if (groups.FirstOrDefault(g => g.Name == name)?.ResourceName is { } existing)
            {
                return existing;
            }

            try
            {
                return (await client.CreateGroupAsync(name, cancellationToken)).ResourceName!;
            }
            catch (Exception ex) when (attempt == 0 && ex is GoogleOutcomeUnknownException or global::Google.GoogleApiException { HttpStatusCode: HttpStatusCode.Conflict })
            {
                // Read the groups again: the create may have happened.
            }
        }
    }

    /// <summary>The members of a group: one contactGroups.get, or every connection's memberships when Google returns fewer names than its count.</summary>
    public static async Task<IReadOnlyList<string>> GroupMembersAsync(GoogleContactsClient client, string groupResourceName, CancellationToken cancellationToken)
    {
        var group = await client.GetGroupAsync(groupResourceName, MaxGroupMembers, cancellationToken);
        var names = group?.MemberResourceNames?.ToList() ?? [];
        if (group?.MemberCount is not { } count || names.Count >= count)
        {
            return names;
        }

        var members = new List<string>();
        await foreach (var page in client.ListConnectionsAsync(new ConnectionsQuery { PersonFields = "memberships", PageSize = 1000, RequestSyncToken = false }, cancellationToken))
        {
            members.AddRange(page.Connections
                .Where(p => p.Memberships?.Any(m => m.ContactGroupMembership?.ContactGroupResourceName == groupResourceName) == true)
                .Select(p => p.ResourceName!));
        }

        return members;
    }
}
