using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>Reads the records failing since earlier runs: their keys first, then the records themselves to retry them.</summary>
internal sealed class FailingRecordReader(RunPorts read)
{
    public async Task<FailingRecords> LoadKeysAsync(CancellationToken cancellationToken) =>
        new(await read.Store.GetFailuresAsync(read.PlanId, cancellationToken));

    /// <summary>
    /// Reads the failing records again: the Google contacts not among the run's changes join them (so their pairs are
    /// planned), and the CRM records are returned (planned as a first CRM page). Records no longer there are left out.
    /// </summary>
    public async Task<IReadOnlyList<CrmContact>> ReadAsync(FailingRecords failing, GoogleChanges changes, CancellationToken cancellationToken)
    {
        if (failing.IsEmpty)
        {
            return [];
        }

        var googleNames = failing.GoogleNames.Where(n => !changes.Contains(n)).ToList();
        foreach (var chunk in googleNames.Chunk(read.Google.MaxBatchSize))
        {
            foreach (var contact in await read.Google.GetAsync(chunk, cancellationToken))
            {
                changes.Add(contact);
            }
        }

        var crmRecords = new List<CrmContact>();
        foreach (var chunk in failing.CrmIds.Chunk(read.Crm.MaxBatchSize))
        {
            crmRecords.AddRange(await read.Crm.GetAsync(chunk, cancellationToken));
        }

        return crmRecords;
    }
}
