using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>Loads the links of the records deleted on either side since the last run.</summary>
internal sealed class DeletionLoader(RunPorts read)
{
    private const int Chunk = 500;

    public async Task<DeletionInput> LoadAsync(IReadOnlyList<CrmDeletion> crmDeleted, GoogleChanges changes, CancellationToken cancellationToken)
    {
        var crmGone = new List<SyncLink>();
        foreach (var chunk in crmDeleted.Select(d => d.Id).Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            crmGone.AddRange((await read.Store.GetLinksByCrmIdAsync(read.PlanId, chunk, cancellationToken)).Values);
        }

        var googleGone = changes.Tombstones.ToHashSet(StringComparer.Ordinal);
        var googleGoneLinks = new List<SyncLink>();
        foreach (var chunk in googleGone.Chunk(Chunk))
        {
            googleGoneLinks.AddRange((await read.Store.GetLinksByGoogleNameAsync(read.PlanId, chunk, cancellationToken)).Values);
        }

        return new DeletionInput(crmGone, googleGoneLinks, googleGone);
    }
}
