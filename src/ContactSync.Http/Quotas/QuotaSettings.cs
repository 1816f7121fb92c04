namespace ContactSync.Http.Quotas;

/// <summary>
/// The quotas ContactSync paces its calls by — "our prediction" of what the services meter, kept apart from the bundled
/// emulators' enforcement (the emulators play the services; tests check that the two agree).
/// </summary>
public sealed record QuotaSettings
{
    /// <summary>
    /// Time compression: every quota window is this many times shorter than the real one, exactly like the emulators'
    /// <c>TimeScale</c> (60: Google's minute lasts one second, Zoho's 24 hours 24 minutes). 1 in production.
    /// </summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>
    /// Share of each rate limit the pacer uses (0 &lt; f ≤ 1). 1 by default: the accounting is exact (see the ledger), and a
    /// lower share costs throughput at once (Google's 30 writes a minute hold five batches of 6, 0.95 only four). Lower it when
    /// other applications share a quota; refusals slow the pace down anyway (<see cref="Feedback"/>).
    /// </summary>
    public double SafetyFraction { get; init; } = 1;

    /// <summary>
    /// Added to every rate window in the pacer's accounting (real time, not compressed): covers the spread of network latency
    /// between the moment a call is let go and the moment the service counts it. Default 1 second.
    /// </summary>
    public TimeSpan WindowMargin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Slots of each concurrency limit left unused (at least one slot is always used). Default 1: a service frees a slot only
    /// after it has sent the response, which the client can have read already, so the next call could arrive first.
    /// </summary>
    public int ConcurrencyReserve { get; init; } = 1;

    /// <summary>People API quotas (the reported defaults).</summary>
    public GoogleQuotaSettings Google { get; init; } = GoogleQuotaSettings.ReportedDefaults;

    /// <summary>Zoho CRM org limits. Default: a Standard org of one user (the smallest paid edition); set the org's edition and users.</summary>
    public ZohoQuotaSettings Zoho { get; init; } = ZohoQuotaSettings.ForEdition(ZohoCrmEdition.Standard, 1);

    /// <summary>How refusals slow the pace down.</summary>
    public QuotaFeedbackSettings Feedback { get; init; } = new();

    /// <summary>The length of a window of <paramref name="real"/> under <see cref="TimeScale"/> (the emulators' formula).</summary>
    public TimeSpan Scaled(TimeSpan real) => TimeScale is > 0 and not 1 ? TimeSpan.FromTicks((long)(real.Ticks / TimeScale)) : real;

    /// <summary>The reported Google defaults and the documented limits of a Zoho edition, compressed by <paramref name="timeScale"/>.</summary>
    public static QuotaSettings Defaults(ZohoCrmEdition edition, int zohoUsers, double timeScale = 1) => new()
    {
        TimeScale = timeScale,
        Google = GoogleQuotaSettings.ReportedDefaults,
        Zoho = ZohoQuotaSettings.ForEdition(edition, zohoUsers),
    };

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (TimeScale is <= 0 or double.NaN or double.PositiveInfinity)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeScale), TimeScale, "TimeScale must be a positive number.");
        }

        if (SafetyFraction is <= 0 or > 1 or double.NaN)
        {
            throw new ArgumentOutOfRangeException(nameof(SafetyFraction), SafetyFraction, "SafetyFraction must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(WindowMargin, TimeSpan.Zero, nameof(WindowMargin));
        ArgumentOutOfRangeException.ThrowIfNegative(ConcurrencyReserve, nameof(ConcurrencyReserve));
        if (Feedback.DecreaseFactor is <= 0 or >= 1 || Feedback.MinimumFactor is <= 0 or > 1 || Feedback.RecoveryStep is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Feedback), "DecreaseFactor must be in (0, 1), MinimumFactor and RecoveryStep in (0, 1].");
        }
    }
}
