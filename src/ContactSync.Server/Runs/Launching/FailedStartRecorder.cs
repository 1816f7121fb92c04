using ContactSync.Core.Plans;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// Records a scheduled start that failed before the run began (connection, permission, group rule) as a failed run, so
/// status shows why and retries back off. It holds the plan's lease meanwhile and records nothing when a run holds it.
/// </summary>
internal sealed class FailedStartRecorder(ActiveRuns active, PlanLeasing leasing, IRunRepository runs, TimeProvider time)
{
    public async Task RecordAsync(StoredSyncPlan plan, RunTriggerKind trigger, Exception exception)
    {
        var gate = active.StartGate(plan.Id);
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            var runId = RunIds.New();
            var now = time.GetUtcNow().UtcDateTime;
            if (active.FindByPlan(plan.Id) is not null || !await leasing.TryAcquireAsync(plan.Id, runId, now, CancellationToken.None))
            {
                return;
            }

            try
            {
                await runs.CreateAsync(new RunRecord
                {
                    Id = runId,
                    PlanId = plan.Id,
                    Trigger = trigger.ToString(),
                    StartUtc = now,
                    EndUtc = time.GetUtcNow().UtcDateTime,
                    Outcome = RunOutcomes.Failed,
                    Phase = "Done",
                    Message = exception.Message,
                    Holder = leasing.Holder,
                    GoogleAccount = plan.Definition.GoogleAccount,
                }, CancellationToken.None);
            }
            finally
            {
                await leasing.ReleaseAsync(plan.Id, runId);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
