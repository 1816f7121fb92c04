using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// Writes whose outcome is unknown (the call failed after the service may have applied it): nothing is sent again blindly.
/// Creates are looked up first (Google: the group's new members carrying the CRM id in clientData; CRM: records created
/// since the call), what exists is linked and counted, and only what is missing is created again, once. Updates are read
/// again and merged (see <see cref="RemergeStaleAsync"/>).
/// </summary>
internal sealed partial class SyncRun
{
    private async Task CreateOnGoogleAsync(IReadOnlyList<PairWork> batch, bool mayRetry, CancellationToken cancellationToken)
    {
        if (_googleLimitReached)
        {
            WaitForGoogleRoom(batch);
            return;
        }

        var writes = batch.Select(w => new GoogleWrite(null, null, null, w.GoogleWrite!.Value.Values, w.CrmId, w.CrmId)).ToList();
        var outcomes = await FillRoomLeftAsync(writes, await _google.CreateAsync(writes, cancellationToken), cancellationToken);
        var unknown = SettleKnown(batch, outcomes, SettleGoogleCreate);
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await FindGoogleCreatedAsync(unknown.Select(w => w.CrmId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var missing = new List<PairWork>();
        foreach (var work in unknown)
        {
            if (found.TryGetValue(work.CrmId, out var contact))
            {
                SettleGoogleCreate(work, new WriteOutcome(work.CrmId, true, contact.ResourceName, contact.Etag, contact.State, contact.Values));
            }
            else
            {
                missing.Add(work);
            }
        }

        await CreateMissingAsync(missing, mayRetry, w => SettleGoogleCreate(w, NotCreated(w.CrmId, "Google")), CreateOnGoogleAsync, cancellationToken);
    }

    /// <summary>
    /// The contacts an unknown create made: members of the plan's group that this run did not read and no link holds, read
    /// and matched by the CRM id in their clientData.
    /// </summary>
    private async Task<Dictionary<string, GoogleContact>> FindGoogleCreatedAsync(IReadOnlySet<string> crmIds, CancellationToken cancellationToken)
    {
        var pendingLinks = _state.UpsertLinks.Select(l => l.GoogleResourceName).ToHashSet(StringComparer.Ordinal);
        var members = (await _google.GetGroupMembersAsync(cancellationToken))
            .Where(n => !_googleChanges.ContainsKey(n) && !pendingLinks.Contains(n))
            .ToList();
        var unlinked = new List<string>();
        foreach (var chunk in members.Chunk(500))
        {
            var linked = await _store.GetLinksByGoogleNameAsync(_planId, chunk, cancellationToken);
            unlinked.AddRange(chunk.Where(n => !linked.ContainsKey(n)));
        }

        var found = new Dictionary<string, GoogleContact>(StringComparer.Ordinal);
        foreach (var chunk in unlinked.Chunk(_google.MaxBatchSize))
        {
            foreach (var contact in await _google.GetAsync(chunk, cancellationToken))
            {
                if (!contact.Deleted && contact.CrmRef is { } crmRef && crmIds.Contains(crmRef))
                {
                    found.TryAdd(crmRef, contact);
                }
            }
        }

        return found;
    }

    private async Task CreateInCrmAsync(IReadOnlyList<PairWork> batch, bool mayRetry, CancellationToken cancellationToken)
    {
        var unknown = SettleKnown(batch, await _crm.CreateAsync(batch.Select(CrmCreateWrite).ToList(), cancellationToken), SettleCrmCreate);
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await _crm.FindCreatedAsync(unknown.Select(CrmCreateWrite).ToList(), cancellationToken);
        var missing = new List<PairWork>();
        for (var i = 0; i < unknown.Count; i++)
        {
            if (found[i] is { } record)
            {
                SettleCrmCreate(unknown[i], new WriteOutcome(unknown[i].GoogleName, true, record.Id));
            }
            else
            {
                missing.Add(unknown[i]);
            }
        }

        await CreateMissingAsync(missing, mayRetry, w => SettleCrmCreate(w, NotCreated(w.GoogleName, "the CRM")), CreateInCrmAsync, cancellationToken);
    }

    /// <summary>Settles the writes whose outcome is known; returns the pairs whose outcome is unknown.</summary>
    private static List<PairWork> SettleKnown(IReadOnlyList<PairWork> batch, IReadOnlyList<WriteOutcome> outcomes, Action<PairWork, WriteOutcome> settle)
    {
        var unknown = new List<PairWork>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].IsUnknown)
            {
                unknown.Add(batch[i]);
            }
            else
            {
                settle(batch[i], outcomes[i]);
            }
        }

        return unknown;
    }

    private static CrmWrite CrmCreateWrite(PairWork work) => new(null, work.CrmWrite!.Value.Values, work.GoogleName, work.GoogleName);

    /// <summary>Creates what a lookup after an unknown outcome did not find: once; after that the record fails and the next run creates it.</summary>
    private static async Task CreateMissingAsync(List<PairWork> missing, bool mayRetry, Action<PairWork> fail,
        Func<IReadOnlyList<PairWork>, bool, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return;
        }

        if (mayRetry)
        {
            await create(missing, false, cancellationToken);
            return;
        }

        missing.ForEach(fail);
    }

    private static WriteOutcome NotCreated(string key, string side) =>
        new(key, false, Code: "NOT_CREATED", Message: $"Creating the record failed twice without an answer and {side} holds no such record; the next run creates it.");

    /// <summary>
    /// Someone changed the contact since we read it, or our update may have been applied without an answer: read it again,
    /// merge again, and retry once (<paramref name="requeue"/>). Nothing left to write after an unknown outcome means the
    /// update was applied, and it is counted.
    /// </summary>
    private async Task RemergeStaleAsync(IReadOnlyList<PairWork> stale, bool requeue, CancellationToken cancellationToken)
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
                if (work.WriteMayHaveApplied)
                {
                    CountGoogleUpdate(work.GoogleName);
                }

                Complete(work, true, null);
                continue;
            }

            if (!requeue)
            {
                FailWrite(work, SideKind.Google, work.GoogleName, new WriteOutcome(work.GoogleName, false, Code: "NOT_UPDATED",
                    Message: "The update failed twice without an answer and is not applied; the next run writes it."));
                Complete(work, false, null);
                continue;
            }

            work.GoogleWrite = (decision.ToGoogle, decision.AfterGoogleWrite);
            _googleUpdates.Add(work);
        }
    }
}
