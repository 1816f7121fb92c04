using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Updates CRM records (100 per call; a PUT of the same values may be repeated). An update whose every field was left
/// out (values the CRM cannot hold) wrote nothing and is not counted; its notes are.
/// </summary>
internal sealed class CrmUpdateWriter(ApplyState state, CrmWriteSettlement settlement)
{
    public async Task ApplyAsync(IReadOnlyList<PairWork> batch, CancellationToken cancellationToken)
    {
        state.Progress.Phase = EnginePhase.WritingCrm;
        var writes = batch.Select(w => new CrmWrite(w.CrmId, w.CrmWrite!.Values, null, w.CrmId)).ToList();
        var outcomes = await state.Ports.Crm.UpdateAsync(writes, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            var (work, outcome) = (batch[i], outcomes[i]);
            if (outcome.Success && CrmWriteSettlement.WroteAny(work, outcome))
            {
                state.Progress.Crm.Updated++;
            }
            else if (!outcome.Success)
            {
                state.FailWrite(work, SideKind.Crm, work.CrmId, outcome);
            }

            state.Complete(work, outcome.Success, outcome.Success ? settlement.Settle(work, outcome, created: false) : null);
        }
    }
}
