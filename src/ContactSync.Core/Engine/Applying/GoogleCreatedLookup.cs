using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// After Google creates with an unknown outcome: the contacts those creates made are members of the plan's group that
/// this run did not read and no link holds; they are read and matched by the CRM id in their clientData.
/// </summary>
internal static class GoogleCreatedLookup
{
    private const int LinkChunk = 500;

    public static async Task<Dictionary<string, GoogleContact>> FindAsync(ApplyState state, IReadOnlySet<string> crmIds, CancellationToken cancellationToken)
    {
        var ports = state.Ports;
        var pendingLinks = state.Pending.UpsertLinks.Select(l => l.GoogleResourceName).ToHashSet(StringComparer.Ordinal);
        var members = (await ports.Google.GetGroupMembersAsync(cancellationToken))
            .Where(n => !state.Changes.Contains(n) && !pendingLinks.Contains(n))
            .ToList();
        var unlinked = new List<string>();
        foreach (var chunk in members.Chunk(LinkChunk))
        {
            var linked = await ports.Store.GetLinksByGoogleNameAsync(ports.PlanId, chunk, cancellationToken);
            unlinked.AddRange(chunk.Where(n => !linked.ContainsKey(n)));
        }

        var found = new Dictionary<string, GoogleContact>(StringComparer.Ordinal);
        foreach (var chunk in unlinked.Chunk(ports.Google.MaxBatchSize))
        {
            foreach (var contact in await ports.Google.GetAsync(chunk, cancellationToken))
            {
                if (!contact.Deleted && contact.CrmRef is { } crmRef && crmIds.Contains(crmRef))
                {
                    found.TryAdd(crmRef, contact);
                }
            }
        }

        return found;
    }
}
