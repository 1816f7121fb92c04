using ContactSync.Core.Engine;
using ContactSync.Server.Runs;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Runs;

/// <summary>The progress recording of a run when the store fails: the run must still end (its end is saved separately).</summary>
public sealed class RunProgressRecorderTests
{
    [Fact]
    public async Task StoreFailingWithAnyError_EndsTheRecording_WithoutFailingTheRun()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var settings = Options.Create(new RunSettings());
        var runs = new FailingRuns();
        var leasing = new PlanLeasing(new NoLeases(), runs, clock, settings, NullLogger<PlanLeasing>.Instance);
        var recorder = new RunProgressRecorder(runs, leasing, clock, settings, NullLogger<RunProgressRecorder>.Instance);
        var record = new RunRecord { Id = "run_1", PlanId = "pln_1", Trigger = "Manual", StartUtc = clock.GetUtcNow().UtcDateTime };
        using var cancellation = new CancellationTokenSource();
        var run = new ActiveRun(record, new RunPorts(null!, null!, null), cancellation, new RunApiObserver())
        {
            Store = null!,
            Progress = new SyncProgress(EnginePhase.WritingGoogle, 3, 10, new SideTally(), new SideTally { Created = 3 }, 0, 0, "writing"),
        };
        using var stop = new CancellationTokenSource();

        var recording = recorder.RecordAsync(run, stop.Token);
        clock.Advance(settings.Value.ProgressInterval);
        await recording.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, runs.Updates);
        Assert.False(cancellation.IsCancellationRequested);
    }

    /// <summary>A store whose progress writes fail with an I/O error (a disk or network failure, not an EF concurrency error).</summary>
    private sealed class FailingRuns : IRunRepository
    {
        public int Updates { get; private set; }

        public Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken)
        {
            Updates++;
            throw new IOException("disk I/O error");
        }

        public Task<int> CloseAbandonedAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task CreateAsync(RunRecord run, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<RunRecord>> ListAsync(IReadOnlyCollection<string>? planIds, int skip, int take, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<RunRecord?> LastEndedAsync(string planId, bool successfulOnly, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<RunRecord?> LastEndedExceptAsync(string planId, string trigger, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> ConsecutiveFailuresAsync(string planId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<RunRecord?> RunningAsync(string planId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> RequestCancelAsync(string runId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class NoLeases : IPlanLeaseRepository
    {
        public Task<bool> TryAcquireAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> RenewAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> ReleaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<PlanLease?> GetAsync(string planId, CancellationToken cancellationToken) => Task.FromResult<PlanLease?>(null);

        public Task<IReadOnlyList<PlanLease>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PlanLease>>([]);
    }
}
