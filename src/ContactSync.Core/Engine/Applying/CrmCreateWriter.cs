using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Creates CRM records (100 per call) after their write-ahead intents are durable. A create with an unknown outcome is
/// looked up (a read sorted by Created_Time from the CRM's clock before the call, matched by the cross-reference field,
/// the email, then every value written) before anything is sent again. Each settled create ends its intent.
/// </summary>
internal sealed class CrmCreateWriter(ApplyState state, CrmWriteSettlement settlement)
{
    public async Task ApplyAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        state.Progress.Phase = EnginePhase.WritingCrm;

        // The write-ahead intents must be durable before the records exist.
        await state.CommitAsync(cancellationToken);
        await CreateAsync(batch, mayRetry: true, cancellationToken);
    }

    private async Task CreateAsync(IReadOnlyList<PairWork> batch, bool mayRetry, CancellationToken cancellationToken)
    {
        var crm = state.Ports.Crm;
        var unknown = UnknownOutcomes.SettleKnown(batch, await crm.CreateAsync(batch.Select(Write).ToList(), cancellationToken), Settle);
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await crm.FindCreatedAsync(unknown.Select(Write).ToList(), cancellationToken);
        var missing = new List<PairWork>();
        for (var i = 0; i < unknown.Count; i++)
        {
            if (found[i] is { } record)
            {
                Settle(unknown[i], new WriteOutcome(unknown[i].GoogleName, true, record.Id));
            }
            else
            {
                missing.Add(unknown[i]);
            }
        }

        await UnknownOutcomes.CreateMissingAsync(missing, mayRetry, w => Settle(w, UnknownOutcomes.NotCreated(w.GoogleName, "the CRM")), CreateAsync, cancellationToken);
    }

    private static CrmWrite Write(PairWork work) => new(null, work.CrmWrite!.Values, work.GoogleName, work.GoogleName);

    private void Settle(PairWork work, WriteOutcome outcome)
    {
        state.Pending.RemovePending.Add(work.GoogleName);
        if (outcome.Success)
        {
            state.Progress.Crm.Created++;
            work.CrmId = outcome.Id!;
        }
        else
        {
            state.FailWrite(work, SideKind.Crm, work.GoogleName, outcome);
        }

        state.Complete(work, outcome.Success, outcome.Success ? settlement.Settle(work, outcome, created: true) : null);
    }
}
