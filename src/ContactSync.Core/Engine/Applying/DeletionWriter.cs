using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Applies the deletion plan: detached pairs keep both records (the link is marked detached, or removed when both are
/// gone); deletes and quarantines go in batches per side, each batch committed with the links it settles.
/// </summary>
internal sealed class DeletionWriter(ApplyState state)
{
    public async Task ApplyAsync(DeletionPlan plan, CancellationToken cancellationToken)
    {
        foreach (var step in plan.Steps.Where(s => s.Action == PlannedAction.Unlink))
        {
            if (step.BothGone)
            {
                state.Pending.RemoveLinksByCrmId.Add(step.Link.CrmId);
            }
            else
            {
                state.Pending.UpsertLinks.Add(step.Link with { Detached = true });
            }
        }

        foreach (var pair in plan.Resolutions)
        {
            state.Resolve(pair);
        }

        var (google, crm) = (state.Ports.Google, state.Ports.Crm);
        await ApplyAsync(plan.Steps, PlannedAction.Delete, SideKind.Google, google.DeleteAsync, cancellationToken);
        await ApplyAsync(plan.Steps, PlannedAction.Quarantine, SideKind.Google, google.QuarantineAsync, cancellationToken);
        await ApplyAsync(plan.Steps, PlannedAction.Delete, SideKind.Crm, crm.DeleteAsync, cancellationToken);
        await ApplyAsync(plan.Steps, PlannedAction.Quarantine, SideKind.Crm, crm.QuarantineAsync, cancellationToken);
        await state.CommitAsync(cancellationToken);
    }

    private async Task ApplyAsync(
        IReadOnlyList<PlannedDeletion> steps,
        PlannedAction action,
        SideKind target,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<WriteOutcome>>> write,
        CancellationToken cancellationToken)
    {
        var selected = steps.Where(s => s.Action == action && s.Target == target).ToList();
        var tally = state.Progress.Of(target);
        var batchSize = target == SideKind.Google ? state.Ports.Google.MaxBatchSize : state.Ports.Crm.MaxBatchSize;
        state.Progress.Phase = target == SideKind.Google ? EnginePhase.WritingGoogle : EnginePhase.WritingCrm;
        foreach (var batch in selected.Chunk(batchSize))
        {
            var ids = batch.Select(s => target == SideKind.Google ? s.Link.GoogleResourceName : s.Link.CrmId).ToList();
            var outcomes = await write(ids, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                var (step, outcome) = (batch[i], outcomes[i]);
                if (outcome.Success)
                {
                    tally.Deleted++;
                    Settle(step, target, ids[i]);
                }
                else
                {
                    var link = step.Link;
                    state.RecordFailure(target, ids[i], link.Email, new PairKey(link.CrmId, link.GoogleResourceName), outcome.Code, outcome.Message);
                }
            }

            await state.CommitAsync(cancellationToken);
            state.Progress.Report($"{action} on {target}: {tally.Deleted} done");
        }
    }

    /// <summary>A deleted record's pair is gone (link and index entry); a quarantined one's pair is detached.</summary>
    private void Settle(PlannedDeletion step, SideKind target, string id)
    {
        if (step.ResolvesFailure)
        {
            state.Resolve(new PairKey(step.Link.CrmId, step.Link.GoogleResourceName));
        }

        if (step.Action == PlannedAction.Delete)
        {
            state.Pending.RemoveLinksByCrmId.Add(step.Link.CrmId);
            state.Pending.RemoveSeen.Add((target, id));
        }
        else
        {
            state.Pending.UpsertLinks.Add(step.Link with { Detached = true });
        }
    }
}
