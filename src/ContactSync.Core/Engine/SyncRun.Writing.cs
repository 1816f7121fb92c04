using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

internal sealed partial class SyncRun
{
    private const int GroupBatchSize = 1000;

    private readonly List<PairWork> _googleCreates = [];
    private readonly List<PairWork> _googleUpdates = [];
    private readonly List<PairWork> _crmCreates = [];
    private readonly List<PairWork> _crmUpdates = [];
    private readonly List<string> _groupAdds = [];
    private readonly HashSet<string> _linkedCrm = new(StringComparer.Ordinal);

    /// <summary>Merges a pair and queues its writes; a pair with nothing to write only refreshes its link.</summary>
    private void DecidePair(PairWork work, bool fromCrm)
    {
        var decision = FieldMerger.Merge(_mappings, work.Crm, work.Google, work.Link?.Snapshot, _settings.CrmWinsConflicts, _settings.EnforceOneWay);
        foreach (var (key, value) in decision.Settled)
        {
            work.Snapshot[key] = value;
        }

        if (work.Google is { } google)
        {
            work.Etag = google.Etag;
            work.State = google.State;
        }

        var email = work.Crm is { } crm ? ValueNormalizer.EmailKey(crm["Email"]) : work.Google is { } g ? ValueNormalizer.EmailKey(g[LastNameFallback.WorkEmailPath]) : "";
        if (email.Length > 0)
        {
            work.Email = email;
        }

        if (work.DisplayName.Length == 0 && work.Crm is { } named)
        {
            work.DisplayName = DisplayNameOf(named);
        }

        var isNewLink = work.Link is null;
        if (decision.IsNoOp)
        {
            if (isNewLink)
            {
                Plan(PlannedAction.Link, SideKind.Crm, work, [], "Matched by cross-reference or email; values already agree.");
            }

            if (isNewLink || LinkChanged(work))
            {
                PersistLink(work);
            }

            ResolveFailure(work);
            return;
        }

        if (!TryTakeCapacity(fromCrm))
        {
            return;
        }

        _conflicts += decision.Conflicts;
        if (isNewLink)
        {
            Plan(PlannedAction.Link, SideKind.Crm, work, [], "Matched by cross-reference or email.");
        }

        if (decision.ToGoogle.Count > 0)
        {
            work.GoogleWrite = (decision.ToGoogle, decision.AfterGoogleWrite);
            work.PendingWrites++;
            _googleUpdates.Add(work);
            Plan(PlannedAction.Update, SideKind.Google, work, decision.GoogleChanges, "");
        }

        if (decision.ToCrm.Count > 0)
        {
            work.CrmWrite = (decision.ToCrm, decision.AfterCrmWrite);
            work.PendingWrites++;
            _crmUpdates.Add(work);
            Plan(PlannedAction.Update, SideKind.Crm, work, decision.CrmChanges, "");
        }
    }

    private static bool LinkChanged(PairWork work)
    {
        var link = work.Link!;
        if (link.GoogleEtag != work.Etag || link.Email != work.Email || link.Snapshot.Count != work.Snapshot.Count)
        {
            return true;
        }

        foreach (var (key, value) in work.Snapshot)
        {
            if (!link.Snapshot.TryGetValue(key, out var old) || old != value)
            {
                return true;
            }
        }

        return false;
    }

    private void EnqueueGoogleCreate(PairWork work, CrmContact record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var changes = new List<FieldChangeInfo>();
        foreach (var m in _mappings)
        {
            var raw = record[m.CrmField].Trim();
            var normalized = ValueNormalizer.Normalize(m.Path.Field, raw);
            if (m.ToGoogle && raw.Length > 0)
            {
                values[m.GooglePath] = raw;
                after[m.Key] = new FieldSnapshot(normalized, normalized);
                changes.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, "", raw, false));
            }
            else
            {
                work.Snapshot[m.Key] = new FieldSnapshot(normalized, "");
            }
        }

        work.GoogleWrite = (values, after);
        work.PendingWrites++;
        _googleCreates.Add(work);
        Plan(PlannedAction.Create, SideKind.Google, work, changes, "New in the CRM view.");
    }

    private void EnqueueCrmCreate(PairWork work, GoogleContact contact)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var changes = new List<FieldChangeInfo>();
        foreach (var m in _mappings)
        {
            var googleRaw = contact[m.GooglePath].Trim();
            var googleNormalized = ValueNormalizer.Normalize(m.Path.Field, googleRaw);
            var raw = m.IsLastName && googleRaw.Length == 0 ? LastNameFallback.For(contact) : googleRaw;
            if (m.ToCrm && raw.Length > 0)
            {
                values[m.CrmField] = raw;
                after[m.Key] = new FieldSnapshot(ValueNormalizer.Normalize(m.Path.Field, raw), googleNormalized);
                changes.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, "", raw, false));
            }
            else
            {
                work.Snapshot[m.Key] = new FieldSnapshot("", googleNormalized);
            }
        }

        if (!values.ContainsKey("Last_Name"))
        {
            values["Last_Name"] = LastNameFallback.For(contact);
        }

        work.CrmWrite = (values, after);
        work.PendingWrites++;
        _crmCreates.Add(work);
        if (!DryRun)
        {
            _state.AddPending.Add(new PendingCrmCreate(contact.ResourceName, work.Email, values["Last_Name"], values.GetValueOrDefault("First_Name", "")));
        }

        Plan(PlannedAction.Create, SideKind.Crm, work, changes, "New in the Google group.");
    }

    private void PersistLink(PairWork work)
    {
        if (!DryRun && work.CrmId.Length > 0 && work.GoogleName.Length > 0)
        {
            _state.UpsertLinks.Add(work.ToLink());
            _linkedCrm.Add(work.CrmId);
        }
    }

    /// <summary>The pair synced: its failure ends, whether it was recorded under the CRM id or the Google resource name.</summary>
    private void ResolveFailure(PairWork work)
    {
        if (!work.FailedNow && (work.HadFailure || IsFailing(work.CrmId, work.GoogleName)))
        {
            ResolvePair(work.CrmId, work.GoogleName);
        }
    }

    /// <summary>A write of this pair failed: recorded for the next run, and the pair's failure is not resolved now.</summary>
    private void FailWrite(PairWork work, SideKind side, string recordId, WriteOutcome outcome)
    {
        work.FailedNow = true;
        RecordFailure(side, recordId, work, outcome.Code, outcome.Message);
    }

    private void Complete(PairWork work, bool success, IReadOnlyDictionary<string, FieldSnapshot>? after)
    {
        if (success && after is not null)
        {
            foreach (var (key, value) in after)
            {
                work.Snapshot[key] = value;
            }
        }

        work.PendingWrites--;
        PersistLink(work);
        if (work.PendingWrites == 0)
        {
            ResolveFailure(work);
        }
    }

    private async Task FlushAsync(bool force, CancellationToken cancellationToken)
    {
        await FlushBufferAsync(_googleCreates, _google.MaxBatchSize, force, ApplyGoogleCreatesAsync, cancellationToken);
        await FlushBufferAsync(_googleUpdates, _google.MaxBatchSize, force, ApplyGoogleUpdatesAsync, cancellationToken);
        await FlushBufferAsync(_crmCreates, _crm.MaxBatchSize, force, ApplyCrmCreatesAsync, cancellationToken);
        await FlushBufferAsync(_crmUpdates, _crm.MaxBatchSize, force, ApplyCrmUpdatesAsync, cancellationToken);
        await FlushBufferAsync(_groupAdds, GroupBatchSize, force, ApplyGroupAddsAsync, cancellationToken);
        await CommitStateAsync(cancellationToken);

        // A stale etag re-queues an update; settle those too when the run ends.
        if (force && _googleUpdates.Count > 0)
        {
            await FlushBufferAsync(_googleUpdates, _google.MaxBatchSize, force, ApplyGoogleUpdatesAsync, cancellationToken);
            await CommitStateAsync(cancellationToken);
        }
    }

    private async Task FlushBufferAsync<T>(List<T> buffer, int batchSize, bool force, Func<IReadOnlyList<T>, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        while (buffer.Count >= batchSize || (force && buffer.Count > 0))
        {
            var batch = buffer.Take(batchSize).ToList();
            buffer.RemoveRange(0, batch.Count);
            await apply(batch, cancellationToken);
            await CommitStateAsync(cancellationToken);
            Report($"Wrote a batch of {batch.Count}");
        }
    }

    private async Task ApplyGoogleCreatesAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        _phase = EnginePhase.WritingGoogle;
        if (DryRun)
        {
            _googleTally.Created += batch.Count;
            return;
        }

        var writes = batch.Select(w => new GoogleWrite(null, null, null, w.GoogleWrite!.Value.Values, w.CrmId, w.CrmId)).ToList();
        var outcomes = await _google.CreateAsync(writes, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            if (outcome.Success)
            {
                _googleTally.Created++;
                work.GoogleName = outcome.Id!;
                work.Etag = outcome.Etag ?? "";
                work.State = outcome.State ?? "";
            }
            else
            {
                FailWrite(work, SideKind.Google, work.CrmId, outcome);
            }

            Complete(work, outcome.Success, work.GoogleWrite!.Value.After);
        }
    }

    private async Task ApplyGoogleUpdatesAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        _phase = EnginePhase.WritingGoogle;
        if (DryRun)
        {
            _googleTally.Updated += batch.Count;
            return;
        }

        var writes = batch.Select(w => new GoogleWrite(w.GoogleName, w.Etag, w.State, w.GoogleWrite!.Value.Values, w.CrmId, w.GoogleName)).ToList();
        var outcomes = await _google.UpdateAsync(writes, cancellationToken);
        var stale = new List<PairWork>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            if (outcome.Success)
            {
                _googleTally.Updated++;
                work.Etag = outcome.Etag ?? work.Etag;
                work.State = outcome.State ?? work.State;
            }
            else if (outcome.Code == WriteOutcome.StaleEtag && work.StaleRetries == 0)
            {
                stale.Add(work);
                continue;
            }
            else
            {
                FailWrite(work, SideKind.Google, work.GoogleName, outcome);
            }

            Complete(work, outcome.Success, work.GoogleWrite!.Value.After);
        }

        if (stale.Count > 0)
        {
            await RemergeStaleAsync(stale, cancellationToken);
        }
    }

    /// <summary>Someone changed the contact since we read it: read it again, merge again, and retry once.</summary>
    private async Task RemergeStaleAsync(IReadOnlyList<PairWork> stale, CancellationToken cancellationToken)
    {
        var fresh = (await _google.GetAsync(stale.Select(w => w.GoogleName).ToList(), cancellationToken))
            .ToDictionary(c => c.ResourceName, StringComparer.Ordinal);
        foreach (var work in stale)
        {
            work.StaleRetries++;
            if (!fresh.TryGetValue(work.GoogleName, out var contact) || contact.Deleted)
            {
                work.FailedNow = true;
                RecordFailure(SideKind.Google, work.GoogleName, work, WriteOutcome.StaleEtag, "The contact changed or vanished while it was being updated.");
                Complete(work, false, null);
                continue;
            }

            work.Google = contact;
            work.Etag = contact.Etag;
            work.State = contact.State;
            var decision = FieldMerger.Merge(_mappings, work.Crm, contact, work.Snapshot, _settings.CrmWinsConflicts, _settings.EnforceOneWay);
            foreach (var (key, value) in decision.Settled)
            {
                work.Snapshot[key] = value;
            }

            if (decision.ToGoogle.Count == 0)
            {
                Complete(work, true, null);
                continue;
            }

            work.GoogleWrite = (decision.ToGoogle, decision.AfterGoogleWrite);
            _googleUpdates.Add(work);
        }
    }

    private async Task ApplyCrmCreatesAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        _phase = EnginePhase.WritingCrm;
        if (DryRun)
        {
            _crmTally.Created += batch.Count;
            return;
        }

        // The write-ahead intents must be durable before the records exist.
        await CommitStateAsync(cancellationToken);
        var writes = batch.Select(w => new CrmWrite(null, w.CrmWrite!.Value.Values, w.GoogleName, w.GoogleName)).ToList();
        var outcomes = await _crm.CreateAsync(writes, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            _state.RemovePending.Add(work.GoogleName);
            if (outcome.Success)
            {
                _crmTally.Created++;
                work.CrmId = outcome.Id!;
            }
            else
            {
                FailWrite(work, SideKind.Crm, work.GoogleName, outcome);
            }

            Complete(work, outcome.Success, work.CrmWrite!.Value.After);
        }
    }

    private async Task ApplyCrmUpdatesAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        _phase = EnginePhase.WritingCrm;
        if (DryRun)
        {
            _crmTally.Updated += batch.Count;
            return;
        }

        var writes = batch.Select(w => new CrmWrite(w.CrmId, w.CrmWrite!.Value.Values, null, w.CrmId)).ToList();
        var outcomes = await _crm.UpdateAsync(writes, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            if (outcome.Success)
            {
                _crmTally.Updated++;
            }
            else
            {
                FailWrite(work, SideKind.Crm, work.CrmId, outcome);
            }

            Complete(work, outcome.Success, work.CrmWrite!.Value.After);
        }
    }

    private async Task ApplyGroupAddsAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            return;
        }

        var outcomes = await _google.AddToGroupAsync(batch, cancellationToken);
        foreach (var outcome in outcomes.Where(o => !o.Success))
        {
            RecordFailure(SideKind.Google, outcome.Key, new PairWork("", outcome.Key, null), outcome.Code, outcome.Message);
        }
    }
}
