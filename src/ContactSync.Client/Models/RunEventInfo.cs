namespace ContactSync.Client.Models;

/// <summary>One event of a run stream: progress, or the final result.</summary>
public sealed record RunEventInfo
{
    /// <summary>The run this event belongs to.</summary>
    public string RunId { get; init; } = "";

    /// <summary>A progress update (null for the result event).</summary>
    public RunProgressInfo? Progress { get; init; }

    /// <summary>The ended run (null for progress events); the stream ends after it.</summary>
    public SyncRunInfo? Result { get; init; }
}
