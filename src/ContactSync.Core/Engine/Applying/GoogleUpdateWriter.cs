using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Updates Google contacts (200 per call, etag-checked). A stale etag (someone changed the contact since it was read) or
/// an unknown outcome (the update may have been applied) is never sent again blindly: the contact is read again, merged
/// again, and only what is still to write is sent, once; nothing left to write after an unknown outcome means the update
/// was applied, and it is counted.
/// </summary>
internal sealed class GoogleUpdateWriter(ApplyState state)
{
    public async Task ApplyAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        state.Progress.Phase = EnginePhase.WritingGoogle;
        var writes = batch.Select(w => new GoogleWrite(w.GoogleName, w.Etag, w.State, w.GoogleWrite!.Values, w.CrmId, w.GoogleName)).ToList();
        var outcomes = await state.Ports.Google.UpdateAsync(writes, cancellationToken);
        var stale = new List<PairWork>();
        var unknownAgain = new List<PairWork>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            if (outcome.Success)
            {
                state.CountGoogleUpdate(work.GoogleName);
                work.Etag = outcome.Etag ?? work.Etag;
                work.State = outcome.State ?? work.State;
            }
            else if ((outcome.Code == WriteOutcome.StaleEtag || outcome.IsUnknown) && work.StaleRetries == 0)
            {
                // Stale, or maybe applied without an answer: read the contact again and merge before anything is sent again.
                work.WriteMayHaveApplied |= outcome.IsUnknown;
                stale.Add(work);
                continue;
            }
            else if (outcome.IsUnknown)
            {
                work.WriteMayHaveApplied = true;
                unknownAgain.Add(work);
                continue;
            }
            else
            {
                state.FailWrite(work, SideKind.Google, work.GoogleName, outcome);
            }

            state.Complete(work, outcome.Success, work.GoogleWrite!.After);
        }

        if (stale.Count > 0)
        {
            await RemergeAsync(stale, requeue: true, cancellationToken);
        }

        if (unknownAgain.Count > 0)
        {
            await RemergeAsync(unknownAgain, requeue: false, cancellationToken);
        }
    }

    /// <summary>Reads the contacts again and merges them again; what is still to write is queued once more (<paramref name="requeue"/>).</summary>
    private async Task RemergeAsync(IReadOnlyList<PairWork> stale, bool requeue, CancellationToken cancellationToken)
    {
        var fresh = (await state.Ports.Google.GetAsync(stale.Select(w => w.GoogleName).ToList(), cancellationToken))
            .ToDictionary(c => c.ResourceName, StringComparer.Ordinal);
        foreach (var work in stale)
        {
            work.StaleRetries++;
            if (!fresh.TryGetValue(work.GoogleName, out var contact) || contact.Deleted)
            {
                work.FailedNow = true;
                state.RecordFailure(SideKind.Google, work.GoogleName, work, WriteOutcome.StaleEtag, "The contact changed or vanished while it was being updated.");
                state.Complete(work, false, null);
                continue;
            }

            Remerge(work, contact, requeue);
        }
    }

    private void Remerge(PairWork work, GoogleContact contact, bool requeue)
    {
        work.Google = contact;
        work.Etag = contact.Etag;
        work.State = contact.State;
        var settings = state.Settings;
        var decision = FieldMerger.Merge(state.Mappings, work.Crm, contact, work.Snapshot, settings.CrmWinsConflicts, settings.EnforceOneWay);
        foreach (var (key, value) in decision.Settled)
        {
            work.Snapshot[key] = value;
        }

        if (decision.ToGoogle.Count == 0)
        {
            if (work.WriteMayHaveApplied)
            {
                state.CountGoogleUpdate(work.GoogleName);
            }

            state.Complete(work, true, null);
            return;
        }

        if (!requeue)
        {
            state.FailWrite(work, SideKind.Google, work.GoogleName, new WriteOutcome(work.GoogleName, false, Code: "NOT_UPDATED",
                Message: "The update failed twice without an answer and is not applied; the next run writes it."));
            state.Complete(work, false, null);
            return;
        }

        work.GoogleWrite = new PlannedWrite(decision.ToGoogle, decision.AfterGoogleWrite, decision.GoogleChanges);
        state.GoogleUpdates.Add(work);
    }
}
