using ContactSync.Server.Quotas;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Launching;

namespace ContactSync.Server.Runs.Progress;

/// <summary>
/// Predicts a run's remaining time again whenever its progress changed (one prediction at a time, the newest progress
/// wins), keeps it on the run and sends it to the run's streams. Each prediction also tells <see cref="RunDemands"/> what the
/// run still needs, so the other runs' predictions share the quotas with it. The run's predicted length (recorded with its
/// result) is its first prediction: made once the run is started and its scope counted, before the engine's first call,
/// with every run then active in the process sharing the quotas (runs not counted yet taken as equal to this one).
/// </summary>
internal sealed class RunEtaTracker(ActiveRun run, RunScope scope, RunEtaEstimator estimator, RunDemands demands, TimeProvider time, ILogger logger)
{
    private static readonly RunCounts NoCounts = new(0, 0, 0, 0);

    /// <summary>While the run's remaining calls are unchanged, it is predicted again at most this often (each prediction reads the ledger).</summary>
    private static readonly TimeSpan Unchanged = TimeSpan.FromSeconds(1);

    private RunWork? _lastWork;
    private int _busy;
    private int _dirty;
    private int _ended;

    /// <summary>The scope the predictions start from.</summary>
    public RunScope Scope => scope;

    /// <summary>The run's progress changed: predict again (at once, or after the prediction running now).</summary>
    public void Changed()
    {
        Volatile.Write(ref _dirty, 1);
        if (Interlocked.CompareExchange(ref _busy, 1, 0) == 0)
        {
            _ = LoopAsync();
        }
    }

    /// <summary>Predicts from the run's latest progress, records the prediction and streams it.</summary>
    public async Task UpdateAsync(CancellationToken cancellationToken)
    {
        var work = RunWorkProjection.Remaining(scope, run.Progress);
        if (Volatile.Read(ref _ended) == 1 || (work == _lastWork && run.Eta is { } last && time.GetUtcNow() - last.At < Unchanged))
        {
            return;
        }

        _lastWork = work;

        var served = run.Progress is { } done && done.Google.Created + done.Google.Updated + done.Crm.Created + done.Crm.Updated > 0;
        demands.Set(new RunDemand(run.RunId, run.Ports.Quota, work) { Started = new DateTimeOffset(run.Start.StartUtc, TimeSpan.Zero), Served = served });
        if (Volatile.Read(ref _ended) == 1)
        {
            // Ended meanwhile: End may have removed the run before it was set again.
            demands.Remove(run.RunId);
            return;
        }

        if (await estimator.EstimateAsync(run.Ports.Quota, work, run.RunId, cancellationToken) is not { } left)
        {
            return;
        }

        var now = time.GetUtcNow();
        run.Eta = new RunEtaReading(left, now);
        run.PredictedDuration ??= now - new DateTimeOffset(run.Start.StartUtc, TimeSpan.Zero) + left;
        var state = run.Progress is { } progress ? RunProgressState.From(progress) : new RunProgressState("Queued", 0, 0, NoCounts, NoCounts, 0, 0, "");
        run.Events.Publish(new RunProgressEvent(run.RunId, state, now, left));
    }

    /// <summary>The run has ended: no more predictions, and it stays out of the runs sharing the quotas.</summary>
    public void End() => Volatile.Write(ref _ended, 1);

    private async Task LoopAsync()
    {
        try
        {
            while (Interlocked.Exchange(ref _dirty, 0) == 1)
            {
                await UpdateAsync(run.Cancellation.Token);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            RunLog.EtaFailed(logger, run.RunId, ex);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }

        if (Volatile.Read(ref _dirty) == 1 && !run.Cancellation.IsCancellationRequested)
        {
            Changed();
        }
    }
}
