namespace ContactSync.Emulators.Quotas;

/// <summary>Units one call takes from one quota counter.</summary>
/// <param name="Counter">The counter's key, e.g. "google:user:alex@example.com:CriticalWrites".</param>
/// <param name="Units">Units taken.</param>
/// <param name="Limit">Units the counter allows per window (0 = not enforced).</param>
/// <param name="Window">The window length (already compressed).</param>
/// <param name="Name">What to call it in an error (the metric or limit name).</param>
internal readonly record struct QuotaCharge(string Counter, long Units, long Limit, TimeSpan Window, string Name);
