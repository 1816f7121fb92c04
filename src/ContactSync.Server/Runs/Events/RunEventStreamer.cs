using System.Runtime.CompilerServices;
using ContactSync.Server.Errors;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Events;

/// <summary>
/// A run's events for one caller: from memory for runs of this process, by polling the run row for runs another server
/// holds. Ends after the one result event; a caller leaving stops only its enumeration, never the run.
/// </summary>
internal sealed class RunEventStreamer(IRunRepository runs, PlanLeasing leasing, TimeProvider time, IOptions<RunSettings> settings)
{
    public async IAsyncEnumerable<RunEvent> ReadAsync(RunHandle handle, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (handle.Local is not { } local)
        {
            await foreach (var polled in PollAsync(handle.RunId, handle.PlanId, cancellationToken))
            {
                yield return polled;
            }

            yield break;
        }

        var reader = local.Events.Subscribe();
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            local.Events.Unsubscribe(reader);
        }
    }

    private async IAsyncEnumerable<RunEvent> PollAsync(string runId, string planId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RunRecord? previous = null;
        while (true)
        {
            var run = await runs.GetAsync(runId, cancellationToken);
            if (run is null)
            {
                // The other server holds the lease but is still checking connections and permissions.
                if (await leasing.LeasedRunAsync(planId, cancellationToken) == runId)
                {
                    await Task.Delay(settings.Value.ProgressInterval, time, cancellationToken);
                    continue;
                }

                throw new RequestAbortedException(
                    $"Run '{runId}' did not start on the server that took the plan; start the plan again.", ErrorReasons.RunNotStarted,
                    new Dictionary<string, string> { ["run_id"] = runId, ["plan_id"] = planId });
            }

            if (run.Ended)
            {
                yield return new RunResultEvent(run, []);
                yield break;
            }

            // The server running it died: once its lease has expired the run is closed, and the stream ends with that.
            if (await leasing.LeasedRunAsync(run.PlanId, cancellationToken) != run.Id)
            {
                await runs.CloseAbandonedAsync(run.PlanId, time.GetUtcNow().UtcDateTime, cancellationToken);
                continue;
            }

            if (previous is null || previous != run)
            {
                yield return new RunProgressEvent(run.Id, RunProgressState.From(run), time.GetUtcNow());
                previous = run;
            }

            await Task.Delay(settings.Value.ProgressInterval, time, cancellationToken);
        }
    }
}
