using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// One run of one plan. Order: read Google changes → read CRM deletions → plan deletions and check the breaker →
/// settle crash intents and retry failed records → stream CRM pages (match, merge, write in batches, commit state per
/// batch) → the Google changes no CRM page touched → cursors, advanced only over what was applied.
/// </summary>
internal sealed partial class SyncRun
{
    /// <summary>
    /// How far back an incremental CRM read starts before the watermark. Zoho's If-Modified-Since returns records modified
    /// strictly after the given second and Modified_Time has second precision, so re-reading the watermark's own second
    /// catches records changed in that second after the last read. The watermark comes from the CRM's own timestamps
    /// (never this machine's clock); re-read records are de-duplicated by id and are no-ops when unchanged.
    /// </summary>
    internal static readonly TimeSpan CrmOverlap = TimeSpan.FromSeconds(1);

    /// <summary>CRM pages read ahead of the one being matched and written.</summary>
    private const int CrmPagesAhead = 3;

    private readonly SyncEngineSettings _settings;
    private readonly IReadOnlyList<ResolvedMapping> _mappings;
    private readonly ICrmContacts _crm;
    private readonly IGoogleContacts _google;
    private readonly ISyncStateStore _store;
    private readonly SyncRunRequest _request;
    private readonly ISyncProgressSink _sink;
    private readonly string _planId;

    private readonly SideTally _crmTally = new();
    private readonly SideTally _googleTally = new();
    private readonly List<PlannedChange> _planned = [];
    private readonly Dictionary<string, GoogleContact> _googleChanges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GoogleContact>> _googleByEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GoogleContact>> _googleByCrmRef = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handledGoogle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _processedCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedGoogle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimedCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipGoogle = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failingCrm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failingGoogle = new(StringComparer.Ordinal);
    private StateChanges _state = new();

    private EnginePhase _phase = EnginePhase.ReadingGoogle;
    private int _conflicts;
    private int _errors;
    private long _processed;
    private long _total;
    private long _backlog;
    private int _actioned;
    private int _cap;
    private bool _crmCapped;
    private bool _googleCapped;
    private bool _readingDone;

    public SyncRun(
        SyncEngineSettings settings,
        ICrmContacts crm,
        IGoogleContacts google,
        ISyncStateStore store,
        SyncRunRequest request,
        ISyncProgressSink sink)
    {
        _settings = settings;
        _mappings = ResolvedMapping.Resolve(settings);
        _crm = crm;
        _google = google;
        _store = store;
        _request = request;
        _sink = sink;
        _planId = settings.PlanId;
    }

    private bool DryRun => _request.DryRun;

    public async Task<SyncRunResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cursor = await _store.GetCursorAsync(_planId, cancellationToken);
        var firstRun = !cursor.Initialized;
        var full = _request.Full || firstRun;
        _cap = firstRun ? _settings.FirstRunCap : _settings.LaterRunCap;

        // 1. Google changes (a full read when the token is missing or expired), while the CRM deletions and the first CRM
        //    pages are read at the same time: the two services' latencies overlap.
        var deletedWatermark = cursor.CrmDeletedWatermark ?? cursor.CrmWatermark;
        var readingDeleted = !firstRun && deletedWatermark is { } since ? ReadCrmDeletedAsync(since - CrmOverlap, cancellationToken) : Task.FromResult(new List<CrmDeletion>());
        DateTimeOffset? crmSince = full ? null : cursor.CrmWatermark - CrmOverlap;
        var crmClock = new CrmReadClock();
        await using var crmPages = ReadAhead.PagesAsync(_crm.ReadAsync(crmSince, crmClock, cancellationToken), CrmPagesAhead, cancellationToken).GetAsyncEnumerator(cancellationToken);
        string? nextSyncToken;
        try
        {
            nextSyncToken = await ReadGoogleAsync(full ? null : cursor.GoogleSyncToken, cancellationToken);
        }
        finally
        {
            await readingDeleted.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        // 2. CRM deletions since the last run.
        _phase = EnginePhase.ReadingCrm;
        var crmDeleted = await readingDeleted;

        // The records failing since earlier runs: every path below that syncs one of them ends its failure.
        await LoadFailureKeysAsync(cancellationToken);

        // 3. Deletions are planned before anything is written, so the breaker can stop the run cleanly.
        var deletions = await PlanDeletionsAsync(crmDeleted, cancellationToken);
        var destructive = deletions.Count(d => d.Action is PlannedAction.Delete or PlannedAction.Quarantine);
        if (_settings.MassDeleteThreshold > 0 && destructive > _settings.MassDeleteThreshold)
        {
            return Finish(
                SyncOutcome.PausedByBreaker,
                $"Paused by the mass-deletion breaker: the run would delete or quarantine {destructive} contacts (threshold {_settings.MassDeleteThreshold}). Nothing was written.");
        }

        await RecordGoogleSeenAsync(cancellationToken);
        await ApplyDeletionsAsync(deletions, cancellationToken);

        // 4. Crash intents and the records that failed last time.
        await SettlePendingCreatesAsync(cancellationToken);
        var retryCrm = await LoadFailuresAsync(cancellationToken);

        // 5. CRM pages: every changed CRM record, with its Google side when that changed too.
        var maxModified = cursor.CrmWatermark;
        if (retryCrm.Count > 0)
        {
            await ProcessCrmPageAsync(retryCrm, cancellationToken);
        }

        while (await crmPages.MoveNextAsync())
        {
            var page = crmPages.Current;
            foreach (var record in page)
            {
                if (maxModified is null || record.ModifiedTime > maxModified)
                {
                    maxModified = record.ModifiedTime;
                }
            }

            await ProcessCrmPageAsync(page, cancellationToken);
        }

        // 6. Google changes no CRM page touched. From here on the total is known.
        _readingDone = true;
        _phase = EnginePhase.Planning;
        await ProcessRemainingGoogleAsync(cancellationToken);
        await FlushAsync(force: true, cancellationToken);

        // 7. Cursors advance only over what was applied; capped sides are read again next run.
        _phase = EnginePhase.Finishing;
        if (!DryRun)
        {
            var crmWatermark = _crmCapped ? cursor.CrmWatermark : NextCrmWatermark(crmClock, cursor.CrmWatermark, maxModified);
            var maxDeleted = crmDeleted.Count > 0 ? crmDeleted.Max(d => d.DeletedTime) : deletedWatermark;
            var next = new SyncCursor(
                Initialized: true,
                CrmWatermark: crmWatermark,
                CrmDeletedWatermark: maxDeleted ?? crmWatermark,
                GoogleSyncToken: _googleCapped ? cursor.GoogleSyncToken : nextSyncToken,
                Backlog: _backlog);
            await _store.SaveCursorAsync(_planId, next, cancellationToken);
        }

        // Every record read has been examined by now (Google changes paired during the CRM pages included).
        _processed = Math.Max(_processed, _total);
        var outcome = _errors > 0 ? SyncOutcome.PartiallySucceeded : SyncOutcome.Succeeded;
        return Finish(outcome, Summary());
    }

    /// <summary>
    /// Everything modified before the read began has been read, so the next run may start there: the CRM's clock at the
    /// first response, less a second for a request that crossed a second boundary. Without a server clock the newest
    /// Modified_Time read is used. The watermark never moves back.
    /// </summary>
    private static DateTimeOffset? NextCrmWatermark(CrmReadClock clock, DateTimeOffset? previous, DateTimeOffset? maxModified)
    {
        DateTimeOffset? next = clock.ReadStarted is { } started
            ? new DateTimeOffset(started.UtcTicks - (started.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) - TimeSpan.FromSeconds(1)
            : maxModified;
        return next is null || (previous is not null && previous > next) ? previous ?? next : next;
    }

    private async Task<List<CrmDeletion>> ReadCrmDeletedAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var deleted = new List<CrmDeletion>();
        await foreach (var page in _crm.ReadDeletedAsync(since, cancellationToken))
        {
            deleted.AddRange(page);
        }

        return deleted;
    }

    private string Summary() =>
        $"{(DryRun ? "Dry run: would write" : "Wrote")} CRM +{_crmTally.Created} ~{_crmTally.Updated} -{_crmTally.Deleted}, " +
        $"Google +{_googleTally.Created} ~{_googleTally.Updated} -{_googleTally.Deleted}; {_conflicts} conflicts, {_errors} errors, backlog {_backlog}.";

    private SyncRunResult Finish(SyncOutcome outcome, string message)
    {
        Report(message);
        return new SyncRunResult(
            outcome,
            _crmTally.Clone(),
            _googleTally.Clone(),
            _conflicts,
            _errors,
            _processed,
            _total,
            _backlog,
            DryRun ? _planned.ToArray() : [],
            message);
    }

    /// <summary>Reports progress; the total stays 0 (unknown) while the CRM pages are still being read.</summary>
    private void Report(string message) =>
        _sink.Report(new SyncProgress(_phase, _processed, _readingDone ? _total : 0, _crmTally.Clone(), _googleTally.Clone(), _conflicts, _errors, message));

    private async Task<string?> ReadGoogleAsync(string? syncToken, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadGooglePagesAsync(syncToken, cancellationToken);
        }
        catch (SyncTokenExpiredException)
        {
            // Full reconciliation: every contact is read again and matched through links, so nothing is duplicated.
            _googleChanges.Clear();
            _googleByEmail.Clear();
            _googleByCrmRef.Clear();
            _total = 0;
            Report("Google sync token expired: reading every contact again");
            return await ReadGooglePagesAsync(null, cancellationToken);
        }
    }

    private async Task<string?> ReadGooglePagesAsync(string? syncToken, CancellationToken cancellationToken)
    {
        string? next = null;
        await foreach (var page in _google.ReadAsync(syncToken, cancellationToken))
        {
            foreach (var contact in page.Contacts)
            {
                AddGoogleChange(contact);
            }

            _total += page.Contacts.Count;
            next = page.NextSyncToken ?? next;
            Report($"Read {_googleChanges.Count} Google changes");
        }

        return next;
    }

    private void AddGoogleChange(GoogleContact contact)
    {
        _googleChanges[contact.ResourceName] = contact;
        if (contact.Deleted)
        {
            return;
        }

        var email = ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]);
        if (email.Length > 0)
        {
            Add(_googleByEmail, email, contact);
        }

        if (!string.IsNullOrEmpty(contact.CrmRef))
        {
            Add(_googleByCrmRef, contact.CrmRef, contact);
        }

        static void Add(Dictionary<string, List<GoogleContact>> index, string key, GoogleContact value)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.RemoveAll(c => c.ResourceName == value.ResourceName);
            list.Add(value);
        }
    }

    /// <summary>
    /// Keeps the matching index of unlinked Google contacts (linked ones are found through their links), so later runs can
    /// match a new CRM record against a contact that did not change since.
    /// </summary>
    private async Task RecordGoogleSeenAsync(CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            return;
        }

        foreach (var chunk in _googleChanges.Values.Chunk(500))
        {
            var linked = await _store.GetLinksByGoogleNameAsync(_planId, chunk.Select(c => c.ResourceName).ToList(), cancellationToken);
            foreach (var contact in chunk)
            {
                if (contact.Deleted || linked.ContainsKey(contact.ResourceName))
                {
                    _state.RemoveSeen.Add((SideKind.Google, contact.ResourceName));
                }
                else
                {
                    _state.UpsertSeen.Add(ToSeen(contact));
                }
            }

            await CommitStateAsync(cancellationToken);
        }
    }

    private static SeenRecord ToSeen(GoogleContact contact) =>
        new(SideKind.Google, contact.ResourceName, ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]), contact.CrmRef, contact.InGroup);

    private static SeenRecord ToSeen(CrmContact contact) =>
        new(SideKind.Crm, contact.Id, ValueNormalizer.EmailKey(contact["Email"]), contact.GoogleRef, true);

    private async Task<IReadOnlyList<CrmContact>> LoadFailuresAsync(CancellationToken cancellationToken)
    {
        if (_failingCrm.Count == 0 && _failingGoogle.Count == 0)
        {
            return [];
        }

        var googleNames = _failingGoogle.Where(n => !_googleChanges.ContainsKey(n)).ToList();
        foreach (var chunk in googleNames.Chunk(_google.MaxBatchSize))
        {
            foreach (var contact in await _google.GetAsync(chunk, cancellationToken))
            {
                AddGoogleChange(contact);
            }
        }

        var crmRecords = new List<CrmContact>();
        foreach (var chunk in _failingCrm.Chunk(_crm.MaxBatchSize))
        {
            crmRecords.AddRange(await _crm.GetAsync(chunk, cancellationToken));
        }

        ResolveVanishedFailures(crmRecords);
        return crmRecords;
    }

    private bool TryTakeCapacity(bool fromCrm)
    {
        if (_cap > 0 && _actioned >= _cap)
        {
            _backlog++;
            if (fromCrm)
            {
                _crmCapped = true;
            }
            else
            {
                _googleCapped = true;
            }

            return false;
        }

        _actioned++;
        return true;
    }

    private void RecordFailure(SideKind side, string recordId, PairWork work, string code, string message)
    {
        _errors++;
        (side == SideKind.Crm ? _crmTally : _googleTally).Failed++;
        if (!DryRun)
        {
            _state.Failures.Add(new RecordFailure(side, recordId, work.Email, code, message, work.CrmId, work.GoogleName));
        }
    }

    private void Plan(PlannedAction action, SideKind target, PairWork work, IReadOnlyList<FieldChangeInfo> fields, string reason)
    {
        if (DryRun)
        {
            _planned.Add(new PlannedChange(action, target, work.CrmId, work.GoogleName, work.Email, work.DisplayName, fields, reason));
        }
    }

    private async Task CommitStateAsync(CancellationToken cancellationToken)
    {
        if (DryRun || _state.IsEmpty)
        {
            _state = new StateChanges();
            return;
        }

        var changes = _state;
        _state = new StateChanges();
        await _store.ApplyAsync(_planId, changes, cancellationToken);
    }
}
