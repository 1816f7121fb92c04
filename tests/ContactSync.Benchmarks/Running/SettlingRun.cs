namespace ContactSync.Benchmarks.Running;

/// <summary>The unmeasured incremental run between a scenario's first sync and its measured run.</summary>
/// <param name="WallSeconds">Its wall time.</param>
/// <param name="TotalCalls">API calls it made (mostly reading back the first sync's own writes).</param>
/// <param name="ZohoCalls">Of which to Zoho.</param>
/// <param name="GoogleCalls">Of which to Google.</param>
/// <param name="Outcome">How it ended.</param>
internal sealed record SettlingRun(double WallSeconds, long TotalCalls, long ZohoCalls, long GoogleCalls, string Outcome);
