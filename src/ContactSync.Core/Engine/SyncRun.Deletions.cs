using ContactSync.Core.Plans;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

internal sealed partial class SyncRun
{
    private async Task<List<DeletionStep>> PlanDeletionsAsync(IReadOnlyList<CrmDeletion> crmDeleted, CancellationToken cancellationToken)
    {
        var steps = new List<DeletionStep>();
        var crmGone = crmDeleted.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var googleGone = _googleChanges.Values.Where(c => c.Deleted).Select(c => c.ResourceName).ToHashSet(StringComparer.Ordinal);

        foreach (var chunk in crmGone.Chunk(500))
        {
            var links = await _store.GetLinksByCrmIdAsync(_planId, chunk, cancellationToken);
            foreach (var link in links.Values)
            {
                _skipCrm.Add(link.CrmId);
                _skipGoogle.Add(link.GoogleResourceName);
                if (googleGone.Remove(link.GoogleResourceName) || link.Detached)
                {
                    steps.Add(new DeletionStep(PlannedAction.Unlink, SideKind.Google, link, BothGone: true));
                }
                else
                {
                    steps.Add(Decide(link, SideKind.Google, _settings.WriteGoogle));
                }
            }
        }

        foreach (var chunk in googleGone.Chunk(500))
        {
            var links = await _store.GetLinksByGoogleNameAsync(_planId, chunk, cancellationToken);
            foreach (var link in links.Values)
            {
                _skipCrm.Add(link.CrmId);
                _skipGoogle.Add(link.GoogleResourceName);
                steps.Add(link.Detached
                    ? new DeletionStep(PlannedAction.Unlink, SideKind.Crm, link, BothGone: true)
                    : Decide(link, SideKind.Crm, _settings.WriteCrm));
            }
        }

        return steps;

        DeletionStep Decide(SyncLink link, SideKind target, bool mayWrite) => _settings.Deletion switch
        {
            DeletionPolicy.Propagate when mayWrite => new DeletionStep(PlannedAction.Delete, target, link, false),
            DeletionPolicy.Quarantine when mayWrite => new DeletionStep(PlannedAction.Quarantine, target, link, false),
            _ => new DeletionStep(PlannedAction.Unlink, target, link, false),
        };
    }

    private async Task ApplyDeletionsAsync(IReadOnlyList<DeletionStep> steps, CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            var work = new PairWork(step.Link.CrmId, step.Link.GoogleResourceName, step.Link);
            var reason = step.Target == SideKind.Google ? "The CRM contact was deleted." : "The Google contact was deleted.";
            Plan(step.Action, step.Target, work, [], reason);
            if (step.Action == PlannedAction.Unlink && !DryRun)
            {
                // The pair stops syncing: whatever failed for it is over.
                ResolvePair(step.Link.CrmId, step.Link.GoogleResourceName);
                if (step.BothGone)
                {
                    _state.RemoveLinksByCrmId.Add(step.Link.CrmId);
                }
                else
                {
                    _state.UpsertLinks.Add(step.Link with { Detached = true });
                }
            }
        }

        await ApplyDestructiveAsync(steps, PlannedAction.Delete, SideKind.Google, _google.DeleteAsync, cancellationToken);
        await ApplyDestructiveAsync(steps, PlannedAction.Quarantine, SideKind.Google, _google.QuarantineAsync, cancellationToken);
        await ApplyDestructiveAsync(steps, PlannedAction.Delete, SideKind.Crm, _crm.DeleteAsync, cancellationToken);
        await ApplyDestructiveAsync(steps, PlannedAction.Quarantine, SideKind.Crm, _crm.QuarantineAsync, cancellationToken);
        await CommitStateAsync(cancellationToken);
    }

    private async Task ApplyDestructiveAsync(
        IReadOnlyList<DeletionStep> steps,
        PlannedAction action,
        SideKind target,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<WriteOutcome>>> write,
        CancellationToken cancellationToken)
    {
        var selected = steps.Where(s => s.Action == action && s.Target == target).ToList();
        var tally = target == SideKind.Google ? _googleTally : _crmTally;
        var batchSize = target == SideKind.Google ? _google.MaxBatchSize : _crm.MaxBatchSize;
        _phase = target == SideKind.Google ? EnginePhase.WritingGoogle : EnginePhase.WritingCrm;
        foreach (var batch in selected.Chunk(batchSize))
        {
            if (DryRun)
            {
                tally.Deleted += batch.Length;
                continue;
            }

            var ids = batch.Select(s => target == SideKind.Google ? s.Link.GoogleResourceName : s.Link.CrmId).ToList();
            var outcomes = await write(ids, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                var link = batch[i].Link;
                if (outcomes[i].Success)
                {
                    tally.Deleted++;
                    ResolvePair(link.CrmId, link.GoogleResourceName);
                    if (action == PlannedAction.Delete)
                    {
                        _state.RemoveLinksByCrmId.Add(link.CrmId);
                        _state.RemoveSeen.Add((target, ids[i]));
                    }
                    else
                    {
                        _state.UpsertLinks.Add(link with { Detached = true });
                    }
                }
                else
                {
                    RecordFailure(target, ids[i], new PairWork(link.CrmId, link.GoogleResourceName, link), outcomes[i].Code, outcomes[i].Message);
                }
            }

            await CommitStateAsync(cancellationToken);
            Report($"{action} on {target}: {tally.Deleted} done");
        }
    }

    private async Task SettlePendingCreatesAsync(CancellationToken cancellationToken)
    {
        var pending = await _store.GetPendingAsync(_planId, cancellationToken);
        foreach (var intent in pending)
        {
            if (!DryRun)
            {
                _state.RemovePending.Add(intent.GoogleResourceName);
            }

            var linked = await _store.GetLinksByGoogleNameAsync(_planId, [intent.GoogleResourceName], cancellationToken);
            if (linked.Count > 0)
            {
                continue;
            }

            var found = await _crm.SearchAsync(intent, cancellationToken);
            if (found.Count == 0)
            {
                continue;
            }

            var foundLinks = await _store.GetLinksByCrmIdAsync(_planId, found.Select(f => f.Id).ToList(), cancellationToken);
            var candidates = found.Where(f => !foundLinks.ContainsKey(f.Id)).ToList();
            if (!_googleChanges.TryGetValue(intent.GoogleResourceName, out var contact))
            {
                contact = (await _google.GetAsync([intent.GoogleResourceName], cancellationToken)).FirstOrDefault();
            }

            if (contact is null || contact.Deleted)
            {
                continue;
            }

            var work = new PairWork(candidates.Count == 1 ? candidates[0].Id : "", contact.ResourceName, null) { Google = contact };
            if (candidates.Count != 1)
            {
                _skipGoogle.Add(contact.ResourceName);
                RecordFailure(SideKind.Crm, contact.ResourceName, work, "AMBIGUOUS_MATCH", $"An interrupted run may have created this contact in the CRM; {candidates.Count} candidates were found. Link or delete them by hand.");
                continue;
            }

            // The interrupted create did happen: pair the records instead of creating a second one.
            work.Crm = candidates[0];
            _claimedCrm.Add(work.CrmId);
            _claimedGoogle.Add(contact.ResourceName);
            _handledGoogle.Add(contact.ResourceName);
            DecidePair(work, fromCrm: false);
        }

        await FlushAsync(force: true, cancellationToken);
    }
}
