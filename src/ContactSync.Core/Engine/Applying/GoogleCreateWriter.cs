using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Creates Google contacts (in the plan's group, with the CRM id as cross-reference), a batch per call. A create with an
/// unknown outcome is looked up among the group's new members by that CRM id before anything is sent again. Google's
/// contact limit stops creating for the run; a batch refused whole may partly fit, and the room left is filled once.
/// </summary>
internal sealed class GoogleCreateWriter(ApplyState state)
{
    private bool _roomLeftTried;

    public async Task ApplyAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        state.Progress.Phase = EnginePhase.WritingGoogle;
        await CreateAsync(batch, mayRetry: true, cancellationToken);
    }

    private async Task CreateAsync(IReadOnlyList<PairWork> batch, bool mayRetry, CancellationToken cancellationToken)
    {
        if (state.GoogleAccountFull)
        {
            state.WaitForGoogleRoom(batch);
            return;
        }

        var writes = batch.Select(w => new GoogleWrite(null, null, null, w.GoogleWrite!.Values, w.CrmId, w.CrmId)).ToList();
        var outcomes = await FillRoomLeftAsync(writes, await state.Ports.Google.CreateAsync(writes, cancellationToken), cancellationToken);
        var unknown = UnknownOutcomes.SettleKnown(batch, outcomes, Settle);
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await GoogleCreatedLookup.FindAsync(state, unknown.Select(w => w.CrmId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var missing = new List<PairWork>();
        foreach (var work in unknown)
        {
            if (found.TryGetValue(work.CrmId, out var contact))
            {
                Settle(work, new WriteOutcome(work.CrmId, true, contact.ResourceName, contact.Etag, contact.State, contact.Values));
            }
            else
            {
                missing.Add(work);
            }
        }

        await UnknownOutcomes.CreateMissingAsync(missing, mayRetry, w => Settle(w, UnknownOutcomes.NotCreated(w.CrmId, "Google")), CreateAsync, cancellationToken);
    }

    private void Settle(PairWork work, WriteOutcome outcome)
    {
        if (outcome.Code == WriteOutcome.ContactLimit)
        {
            // The account is full: the contact waits (backlog), and nothing more is created on Google this run.
            state.GoogleAccountFull = true;
            state.WaitForGoogleRoom([work]);
            return;
        }

        if (outcome.Success)
        {
            state.Progress.Google.Created++;
            work.GoogleName = outcome.Id!;
            work.Etag = outcome.Etag ?? "";
            work.State = outcome.State ?? "";
        }
        else
        {
            state.FailWrite(work, SideKind.Google, work.CrmId, outcome);
        }

        state.Complete(work, outcome.Success, work.GoogleWrite!.After);
    }

    /// <summary>
    /// A batch Google refused whole for the limit may still partly fit: once per run, the account's contacts are counted
    /// (one call) and, when the configured limit leaves room for some of the batch, that many are sent once more.
    /// </summary>
    private async Task<IReadOnlyList<WriteOutcome>> FillRoomLeftAsync(IReadOnlyList<GoogleWrite> writes, IReadOnlyList<WriteOutcome> outcomes, CancellationToken cancellationToken)
    {
        var limit = state.Settings.GoogleContactLimit;
        if (_roomLeftTried || writes.Count < 2 || limit <= 0 || !outcomes.All(o => o.Code == WriteOutcome.ContactLimit))
        {
            return outcomes;
        }

        _roomLeftTried = true;
        var held = await state.Ports.Google.CountContactsAsync(cancellationToken);
        var room = held is { } count ? limit - count : 0;
        if (room <= 0 || room >= writes.Count)
        {
            return outcomes;
        }

        var fitted = await state.Ports.Google.CreateAsync(writes.Take((int)room).ToList(), cancellationToken);
        return fitted.Concat(outcomes.Skip(fitted.Count)).ToList();
    }
}
