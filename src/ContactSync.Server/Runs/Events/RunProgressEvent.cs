namespace ContactSync.Server.Runs.Events;

/// <summary>The progress of a run as observed at <paramref name="Time"/>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Progress">Where the run is.</param>
/// <param name="Time">When it was observed.</param>
/// <param name="Eta">The time the run still needs, as last predicted (null: unknown).</param>
internal sealed record RunProgressEvent(string RunId, RunProgressState Progress, DateTimeOffset Time, TimeSpan? Eta = null) : RunEvent(RunId);
