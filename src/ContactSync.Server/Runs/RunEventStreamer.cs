using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Runs;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Runs;

/// <summary>
/// Writes a run's events to one response stream (the only writer of that stream): from memory for runs of this process,
/// by polling the run row for runs another server holds. Ends after the one result event; a caller leaving stops only
/// its stream, never the run.
/// </summary>
internal sealed class RunEventStreamer(IRunRepository runs, PlanLeasing leasing, TimeProvider time, IOptions<RunSettings> settings)
{
    public async Task WriteAsync(RunHandle handle, IServerStreamWriter<Proto.RunEvent> stream, CancellationToken cancellationToken)
    {
        if (handle.Local is { } local)
        {
            var reader = local.Events.Subscribe();
            try
            {
                await foreach (var item in reader.ReadAllAsync(cancellationToken))
                {
                    await stream.WriteAsync(item, cancellationToken);
                }
            }
            finally
            {
                local.Events.Unsubscribe(reader);
            }

            return;
        }

        await PollAsync(handle.RunId, handle.PlanId, stream, cancellationToken);
    }

    private async Task PollAsync(string runId, string planId, IServerStreamWriter<Proto.RunEvent> stream, CancellationToken cancellationToken)
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

                throw new Application.RequestAbortedException(
                    $"Run '{runId}' did not start on the server that took the plan; start the plan again.", Errors.ErrorReasons.RunNotStarted,
                    new Dictionary<string, string> { ["run_id"] = runId, ["plan_id"] = planId });
            }

            if (run.Ended)
            {
                await stream.WriteAsync(RunMapper.ToResultEvent(run, []), cancellationToken);
                return;
            }

            // The server running it died: once its lease has expired the run is closed, and the stream ends with that.
            if (await leasing.LeasedRunAsync(run.PlanId, cancellationToken) != run.Id)
            {
                await runs.CloseAbandonedAsync(run.PlanId, time.GetUtcNow().UtcDateTime, cancellationToken);
                continue;
            }

            if (previous is null || previous != run)
            {
                await stream.WriteAsync(RunMapper.ToProgressEvent(run, time.GetUtcNow()), cancellationToken);
                previous = run;
            }

            await Task.Delay(settings.Value.ProgressInterval, time, cancellationToken);
        }
    }
}
