using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Loads what the planner needs for a chunk of Google changes: their links, and for the unlinked ones in the group the
/// CRM records they may match (the CRM id they carry, and through the matching index the cross-reference field and the
/// email), read on demand when no link holds them and no deletion took them out of the run.
/// </summary>
internal sealed class GoogleChunkLoader(RunPorts read)
{
    public async Task<GoogleChunkInput> LoadAsync(IReadOnlyList<GoogleContact> chunk, PlanningLedger ledger, CancellationToken cancellationToken)
    {
        var links = await read.Store.GetLinksByGoogleNameAsync(read.PlanId, chunk.Select(c => c.ResourceName).ToList(), cancellationToken);
        var unlinked = chunk.Where(c => !links.ContainsKey(c.ResourceName) && c.InGroup).ToList();
        return new GoogleChunkInput(chunk, links, await FindCandidatesAsync(unlinked, ledger, cancellationToken));
    }

    private async Task<IReadOnlyDictionary<string, CrmContact>> FindCandidatesAsync(IReadOnlyList<GoogleContact> unlinked, PlanningLedger ledger, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, CrmContact>(StringComparer.Ordinal);
        if (unlinked.Count == 0)
        {
            return records;
        }

        var emails = unlinked.Select(c => ValueNormalizer.EmailKey(c[LastNameFallback.WorkEmailPath])).Where(e => e.Length > 0).Distinct().ToList();
        var names = unlinked.Select(c => c.ResourceName).ToList();
        var seen = await read.Store.FindSeenAsync(read.PlanId, SideKind.Crm, emails, names, cancellationToken);
        var wanted = seen.Select(s => s.Id)
            .Concat(unlinked.Where(c => !string.IsNullOrEmpty(c.CrmRef)).Select(c => c.CrmRef!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return records;
        }

        var links = await read.Store.GetLinksByCrmIdAsync(read.PlanId, wanted, cancellationToken);
        var free = wanted.Where(id => !links.ContainsKey(id) && !ledger.SkippedCrm.Contains(id)).ToList();
        foreach (var chunk in free.Chunk(read.Crm.MaxBatchSize))
        {
            foreach (var record in await read.Crm.GetAsync(chunk, cancellationToken))
            {
                records[record.Id] = record;
            }
        }

        return records;
    }
}
