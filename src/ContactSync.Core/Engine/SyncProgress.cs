namespace ContactSync.Core.Engine;

/// <summary>A progress observation of a run.</summary>
/// <param name="Phase">The current step.</param>
/// <param name="Processed">Records decided so far.</param>
/// <param name="Total">Records read so far (the total grows while reading).</param>
/// <param name="Crm">Writes to the CRM so far.</param>
/// <param name="Google">Writes to Google so far.</param>
/// <param name="Conflicts">Fields decided by the conflict option.</param>
/// <param name="Errors">Records that failed.</param>
/// <param name="Message">A line for people.</param>
public sealed record SyncProgress(EnginePhase Phase, long Processed, long Total, SideTally Crm, SideTally Google, int Conflicts, int Errors, string Message);
