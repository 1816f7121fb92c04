using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Engine.Reading;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// The steps of a run after its reads, each one load → plan → apply: the caller loads the link state and candidates of
/// the step, the planner decides, the executor applies (or describes) the plan, and progress is reported.
/// </summary>
internal sealed class RunSteps(RunPorts ports, SyncPlanner planner, IPlanExecutor executor, GoogleChanges changes, RunProgress progress)
{
    /// <summary>Google changes per matching-index commit.</summary>
    private const int IndexChunk = 500;

    private readonly CrmPageLoader _crmPages = new(ports, changes);
    private readonly GoogleChunkLoader _googleChunks = new(ports);

    /// <summary>
    /// Keeps the matching index of unlinked Google contacts (linked ones are found through their links), so later runs can
    /// match a new CRM record against a contact that did not change since.
    /// </summary>
    public async Task IndexGoogleChangesAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.All.Chunk(IndexChunk))
        {
            var links = await ports.Store.GetLinksByGoogleNameAsync(ports.PlanId, chunk.Select(c => c.ResourceName).ToList(), cancellationToken);
            await executor.ApplyAsync(SeenIndex.ForGoogleChanges(chunk, links), cancellationToken);
        }
    }

    /// <summary>The write-ahead intents of an interrupted run: paired (and written) before anything else.</summary>
    public async Task SettleIntentsAsync(IReadOnlyList<PendingCrmCreate> intents, CancellationToken cancellationToken)
    {
        var lookups = await new IntentLoader(ports, changes).LoadAsync(intents, cancellationToken);
        await ApplyAsync(planner.PlanIntents(lookups), cancellationToken);
        await executor.FlushAsync(cancellationToken);
    }

    /// <summary>The records that failed last time: read again; the CRM ones are planned as a first page, vanished ones end.</summary>
    public async Task RetryFailuresAsync(FailingRecords failing, CancellationToken cancellationToken)
    {
        if (failing.IsEmpty)
        {
            return;
        }

        var crmRecords = await new FailingRecordReader(ports).ReadAsync(failing, changes, cancellationToken);
        await ApplyAsync(planner.PlanVanishedFailures(crmRecords), cancellationToken);
        if (crmRecords.Count > 0)
        {
            await CrmPageAsync(crmRecords, cancellationToken);
        }
    }

    /// <summary>One CRM page: every changed CRM record, with its Google side when that changed too.</summary>
    public async Task CrmPageAsync(IReadOnlyList<CrmContact> page, CancellationToken cancellationToken)
    {
        progress.Phase = EnginePhase.ReadingCrm;
        progress.Total += page.Count;
        var input = await _crmPages.LoadAsync(planner.Admit(page), planner.Ledger, cancellationToken);
        progress.Phase = EnginePhase.Planning;
        await ApplyAsync(planner.PlanCrmPage(input with { GoogleAccountFull = executor.GoogleAccountFull }), cancellationToken);
        progress.Report($"Processed {progress.Processed} of {progress.Total} contacts");
    }

    /// <summary>The Google changes no CRM page touched, a batch at a time.</summary>
    public async Task RemainingGoogleAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in planner.RemainingGoogleChanges().Chunk(ports.Google.MaxBatchSize))
        {
            var input = await _googleChunks.LoadAsync(chunk, planner.Ledger, cancellationToken);
            await ApplyAsync(planner.PlanGoogleChunk(input), cancellationToken);
            progress.Report($"Processed {progress.Processed} of {progress.Total} contacts");
        }
    }

    private async Task ApplyAsync(PagePlan plan, CancellationToken cancellationToken)
    {
        progress.Processed += plan.Examined;
        progress.Conflicts += plan.Conflicts;
        await executor.ApplyAsync(plan, cancellationToken);
    }
}
