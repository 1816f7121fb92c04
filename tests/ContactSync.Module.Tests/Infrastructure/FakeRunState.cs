using System.Collections.Concurrent;
using ContactSync.Grpc.V1;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>What the fake run server was asked, for assertions.</summary>
public sealed class FakeRunState
{
    public ConcurrentQueue<RunSyncRequest> RunSyncCalls { get; } = new();

    public ConcurrentQueue<string> CancelRunCalls { get; } = new();

    public ConcurrentQueue<string> WatchRunCalls { get; } = new();

    /// <summary>Plans stored by Configure, by id.</summary>
    public ConcurrentDictionary<string, SyncPlan> ConfiguredPlans { get; } = new();

    /// <summary>Set while the endless "Slow plan" run streams; cleared when its stream ends.</summary>
    public volatile bool SlowRunActive;

    public TaskCompletionSource SlowRunCancelled { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
