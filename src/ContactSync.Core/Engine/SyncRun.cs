using ContactSync.Core.Engine.Applying;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Engine.Reading;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// One run of one plan, as read → plan → apply. The readers (<see cref="Reading"/>) read each side's changes: the Google
/// changes into an indexed snapshot, the CRM deletions, the CRM pages streamed one at a time; for every step the caller
/// loads the link state it needs, the planner (<see cref="Planning"/>, no I/O) returns an immutable plan and the executor
/// applies it (<see cref="Applying"/>) or, in a dry run, only describes it. Order: Google changes and CRM deletions →
/// deletions and the breaker → the matching index of the Google changes → crash intents and failing records → CRM pages
/// → the Google changes no page touched → the last batches → cursors, advanced only over what was applied.
/// </summary>
internal sealed class SyncRun
{
    /// <summary>CRM pages read ahead of the one being planned and applied.</summary>
    private const int CrmPagesAhead = 3;

    private readonly SyncEngineSettings _settings;
    private readonly RunPorts _ports;
    private readonly SyncRunRequest _request;
    private readonly RunProgress _progress;

    public SyncRun(SyncEngineSettings settings, ICrmContacts crm, IGoogleContacts google, ISyncStateStore store, SyncRunRequest request, ISyncProgressSink sink)
    {
        _settings = settings;
        _ports = new RunPorts(crm, google, store, settings.PlanId);
        _request = request;
        _progress = new RunProgress(sink);
    }

    public async Task<SyncRunResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cursor = await _ports.Store.GetCursorAsync(_ports.PlanId, cancellationToken);
        var full = _request.Full || !cursor.Initialized;
        var room = await GoogleRoom.CheckAsync(_settings, cursor, _ports, full, _request.DryRun, cancellationToken);

        // Near-real-time runs read the notified CRM records first (even where the list's lag still hides them), then the
        // changes since the watermark as every incremental run (a change whose notification was lost comes with them).
        var targetIds = full ? null : _request.CrmIds;
        await using var crmPages = new CrmPageStream(_ports.Crm, room.ReadFrom - CrmWatermark.Overlap, cursor.CrmWatermark, targetIds, CrmPagesAhead, cancellationToken);
        // The records failing since earlier runs come with the changes: every step below that syncs one of them ends its failure.
        var (changes, nextSyncToken, crmDeleted, failing, intents) = await ReadChangesAsync(cursor, full, cancellationToken);
        var planner = new SyncPlanner(_settings, cursor.Initialized ? _settings.LaterRunCap : _settings.FirstRunCap, changes, failing);
        IPlanExecutor executor = _request.DryRun ? new DryRunExecutor(_progress) : new PlanApplier(_settings, _ports, changes, _progress, room.StillFull);
        var steps = new RunSteps(_ports, planner, executor, changes, _progress);

        // Deletions are planned before anything is written, so the breaker can stop the run cleanly.
        var deletions = planner.PlanDeletions(await new DeletionLoader(_ports).LoadAsync(crmDeleted, changes, cancellationToken));
        if (deletions.Paused)
        {
            return Finish(SyncOutcome.PausedByBreaker, deletions.BreakerMessage!, 0, executor, []);
        }

        if (!_request.DryRun)
        {
            // A dry run keeps no matching index: it writes no state at all.
            await steps.IndexGoogleChangesAsync(cancellationToken);
        }

        await executor.ApplyDeletionsAsync(deletions, cancellationToken);
        await steps.SettleIntentsAsync(intents, cancellationToken);
        await steps.RetryFailuresAsync(failing, cancellationToken);
        while (await crmPages.NextAsync() is { } page)
        {
            await steps.CrmPageAsync(page, cancellationToken);
        }

        // From here on the total is known.
        _progress.ReadingDone = true;
        _progress.Phase = EnginePhase.Planning;
        await steps.RemainingGoogleAsync(cancellationToken);
        await executor.FlushAsync(cancellationToken);

        // Cursors advance only over what was applied; capped sides are read again next run, contacts waiting for Google
        // room once the account has room.
        _progress.Phase = EnginePhase.Finishing;
        var roomWait = room.After(planner.WaitingForGoogleRoom + executor.GoogleWaiting);
        var backlog = planner.Backlog + executor.GoogleWaiting + room.NotReadAgain;
        var crmWatermark = planner.CrmCapped ? cursor.CrmWatermark : CrmWatermark.Next(crmPages.Clock, cursor.CrmWatermark, crmPages.MaxModified);
        var syncToken = planner.GoogleCapped ? cursor.GoogleSyncToken : nextSyncToken;
        await executor.SaveCursorAsync(NextCursor(cursor, crmWatermark, crmDeleted, syncToken, backlog) with { RoomWait = roomWait }, cancellationToken);

        // Every record read has been examined by now (Google changes paired during the CRM pages included).
        _progress.Processed = Math.Max(_progress.Processed, _progress.Total);
        var conditions = await ConditionsAsync(roomWait?.Waiting ?? 0, executor.GoogleAccountFull, cancellationToken);
        var outcome = _progress.Errors > 0 ? SyncOutcome.PartiallySucceeded : SyncOutcome.Succeeded;
        return Finish(outcome, Summary(backlog, conditions), backlog, executor, conditions);
    }

    /// <summary>
    /// Reads the Google changes (a full read when the token is missing or expired) while the CRM deletions since the last
    /// run, the failing records and the write-ahead intents are read at the same time: the services' latencies and the
    /// store's round trips overlap.
    /// </summary>
    private async Task<RunReads> ReadChangesAsync(SyncCursor cursor, bool full, CancellationToken cancellationToken)
    {
        var deletedWatermark = cursor.CrmDeletedWatermark ?? cursor.CrmWatermark;
        var readingDeleted = cursor.Initialized && deletedWatermark is { } since
            ? CrmDeletionReader.ReadAsync(_ports.Crm, since - CrmWatermark.Overlap, cancellationToken)
            : Task.FromResult(new List<CrmDeletion>());
        var readingFailing = new FailingRecordReader(_ports).LoadKeysAsync(cancellationToken);
        var readingIntents = _ports.Store.GetPendingAsync(_ports.PlanId, cancellationToken);
        GoogleChanges changes;
        string? nextSyncToken;
        try
        {
            (changes, nextSyncToken) = await GoogleChangeReader.ReadAsync(_ports.Google, full ? null : cursor.GoogleSyncToken, _progress, cancellationToken);
        }
        finally
        {
            // All of them end before the run goes on or fails (an error of one of them is raised below, or observed here).
            await Task.WhenAll(readingDeleted, readingFailing, readingIntents).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _progress.Phase = EnginePhase.ReadingCrm;
        return new RunReads(changes, nextSyncToken, await readingDeleted, await readingFailing, await readingIntents);
    }

    private static SyncCursor NextCursor(SyncCursor cursor, DateTimeOffset? crmWatermark, List<CrmDeletion> crmDeleted, string? googleSyncToken, long backlog)
    {
        var deletedWatermark = crmDeleted.Count > 0 ? crmDeleted.Max(d => d.DeletedTime) : cursor.CrmDeletedWatermark ?? cursor.CrmWatermark;
        return new SyncCursor(true, crmWatermark, deletedWatermark ?? crmWatermark, googleSyncToken, backlog);
    }

    /// <summary>The run's plan conditions: the contact limit reached, or for a dry run, creates that would pass it.</summary>
    private async Task<IReadOnlyList<PlanCondition>> ConditionsAsync(long waiting, bool googleAccountFull, CancellationToken cancellationToken)
    {
        if (googleAccountFull)
        {
            return [GoogleRoomRule.Reached(waiting)];
        }

        var creates = _progress.Google.Created;
        if (_request.DryRun && GoogleRoomRule.ShouldForesee(_settings, creates)
            && await _ports.Google.CountContactsAsync(cancellationToken) is { } held
            && GoogleRoomRule.Foreseen(held, creates, _settings.GoogleContactLimit) is { } warning)
        {
            return [warning];
        }

        return [];
    }

    private string Summary(long backlog, IReadOnlyList<PlanCondition> conditions)
    {
        var (crm, google) = (_progress.Crm, _progress.Google);
        return $"{(_request.DryRun ? "Dry run: would write" : "Wrote")} CRM +{crm.Created} ~{crm.Updated} -{crm.Deleted}, " +
            $"Google +{google.Created} ~{google.Updated} -{google.Deleted}; {_progress.Conflicts} conflicts, {_progress.Errors} errors, backlog {backlog}." +
            string.Concat(conditions.Select(c => " " + c.Message));
    }

    private SyncRunResult Finish(SyncOutcome outcome, string message, long backlog, IPlanExecutor executor, IReadOnlyList<PlanCondition> conditions)
    {
        _progress.Report(message);
        return new SyncRunResult(
            outcome,
            _progress.Crm.Clone(),
            _progress.Google.Clone(),
            _progress.Conflicts,
            _progress.Errors,
            _progress.Processed,
            _progress.Total,
            backlog,
            executor.PlannedChanges.ToArray(),
            message)
        {
            Notes = _progress.Notes,
            Conditions = conditions.ToArray(),
        };
    }
}
