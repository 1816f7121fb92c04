namespace ContactSync.Server.Runs.Events;

/// <summary>One event of a run's stream: progress, or the result that ends it. Mapped to the contract only by the gRPC service.</summary>
/// <param name="RunId">The run.</param>
internal abstract record RunEvent(string RunId);
