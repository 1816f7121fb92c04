namespace ContactSync.Emulators.Quotas;

/// <summary>The quotas both emulators enforce, and how much faster than real time their windows run.</summary>
public sealed record QuotaOptions
{
    /// <summary>No quotas.</summary>
    public static readonly QuotaOptions None = new();

    /// <summary>
    /// Time compression: every quota window is this many times shorter than the real one (60: Google's minute lasts one
    /// second and Zoho's 24 hours last 24 minutes), so tests and benchmarks stay short while the ratios stay true.
    /// </summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>Google People API quotas.</summary>
    public GoogleQuotaLimits Google { get; init; } = GoogleQuotaLimits.Unlimited;

    /// <summary>Zoho CRM org limits.</summary>
    public ZohoQuotaLimits Zoho { get; init; } = ZohoQuotaLimits.Unlimited;

    /// <summary>The length of a quota window of <paramref name="real"/> under <see cref="TimeScale"/>.</summary>
    public TimeSpan Scaled(TimeSpan real) => TimeScale is > 0 and not 1 ? TimeSpan.FromTicks((long)(real.Ticks / TimeScale)) : real;

    /// <summary>The reported Google defaults and an edition's Zoho limits, compressed by <paramref name="timeScale"/>.</summary>
    public static QuotaOptions Defaults(ZohoEdition edition, int zohoUsers, double timeScale = 1) => new()
    {
        TimeScale = timeScale,
        Google = GoogleQuotaLimits.ReportedDefaults,
        Zoho = ZohoQuotaLimits.ForEdition(edition, zohoUsers),
    };
}
