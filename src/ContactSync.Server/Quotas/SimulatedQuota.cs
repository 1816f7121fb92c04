namespace ContactSync.Server.Quotas;

/// <summary>A rate quota as a <see cref="PacerSimulation"/> starts from.</summary>
/// <param name="UnitsPerWindow">The units the pacer lets through per window.</param>
/// <param name="Window">The window the ledger counts in (margin included).</param>
/// <param name="AvailableNow">The units free now.</param>
/// <param name="UsedFreeFrom">
/// The units in use now (<paramref name="UnitsPerWindow"/> − <paramref name="AvailableNow"/>) come back evenly between this
/// time and <paramref name="Window"/> from now (they were taken evenly over the last <paramref name="Window"/> −
/// <paramref name="UsedFreeFrom"/>; zero: over the whole window).
/// </param>
internal sealed record SimulatedQuota(long UnitsPerWindow, TimeSpan Window, long AvailableNow, TimeSpan UsedFreeFrom);
