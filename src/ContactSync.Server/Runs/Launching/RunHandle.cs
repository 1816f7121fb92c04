namespace ContactSync.Server.Runs.Launching;

/// <summary>The run a RunSync call started or joined: local (stream from memory) or held by another server process.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="PlanId">The plan the run belongs to.</param>
/// <param name="Local">The run when it executes in this process; null when another process holds the plan's lease.</param>
internal sealed record RunHandle(string RunId, string PlanId, ActiveRun? Local);
