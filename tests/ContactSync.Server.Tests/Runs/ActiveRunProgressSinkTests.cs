using ContactSync.Core.Engine;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Runs;

/// <summary>When a run's progress is saved at once (a committed batch) and when it waits for the interval.</summary>
public sealed class ActiveRunProgressSinkTests
{
    [Fact]
    public void ProgressWithoutWrites_IsNotSavedAtOnce_TheFirstWrittenBatchIs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var record = new RunRecord { Id = "run_1", PlanId = "pln_1", Trigger = "Manual", StartUtc = clock.GetUtcNow().UtcDateTime };
        using var cancellation = new CancellationTokenSource();
        var run = new ActiveRun(record, new RunPorts(null!, null!, null), cancellation, new RunApiObserver()) { Store = null! };
        var sink = new ActiveRunProgressSink(run, clock);
        var written = run.Written;

        sink.Report(new SyncProgress(EnginePhase.ReadingGoogle, 0, 0, new SideTally(), new SideTally(), 0, 0, "reading"));
        sink.Report(new SyncProgress(EnginePhase.Planning, 10, 10, new SideTally(), new SideTally(), 0, 0, "planning"));
        Assert.False(written.IsCompleted);

        sink.Report(new SyncProgress(EnginePhase.WritingGoogle, 10, 10, new SideTally(), new SideTally { Created = 3 }, 0, 0, "writing"));
        Assert.True(written.IsCompleted);
    }
}
