namespace ContactSync.Server.Runs.Launching;

/// <summary>A prediction of the time a run still needs (<paramref name="Left"/>), made at <paramref name="At"/>.</summary>
internal sealed record RunEtaReading(TimeSpan Left, DateTimeOffset At);
