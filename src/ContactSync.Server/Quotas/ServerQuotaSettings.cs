using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Settings section <c>ContactSync:Quotas</c>: the quotas every call to Zoho CRM and Google is paced by (runs, pickers,
/// checks and connection tests alike), shared by every server on the database. The defaults are the documented figures
/// (<see cref="QuotaSettings"/>): Google's reported per-user limits, a Zoho CRM Standard org of one user (set the org's
/// <see cref="ServerZohoQuotaSettings.Edition"/> and <see cref="ServerZohoQuotaSettings.Users"/>).
/// </summary>
internal sealed class ServerQuotaSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Quotas";

    /// <summary>Pace the calls by the quotas (default). False: calls go out at once, as before pacing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Share the budget with every server on the same database (default): the quotas' use is kept in the database, taken in
    /// chunks. False: each server paces on its own (one server per Zoho org and Google project only).
    /// </summary>
    public bool Shared { get; set; } = true;

    /// <summary>Time compression of every quota window, like the emulators' (60: Google's minute lasts a second). 1 in production.</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>Added to every rate window (real time): network latency and clock differences between servers. Default 1 s.</summary>
    public TimeSpan WindowMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of each rate limit the pacer uses, (0, 1]. Default 1; lower it when other applications use the same quotas.</summary>
    public double SafetyFraction { get; set; } = 1;

    /// <summary>Slots of each concurrency limit left unused (at least one slot is always used). Default 1.</summary>
    public int ConcurrencyReserve { get; set; } = 1;

    /// <summary>The Zoho CRM org's limits.</summary>
    public ServerZohoQuotaSettings Zoho { get; set; } = new();

    /// <summary>The People API quotas.</summary>
    public ServerGoogleQuotaSettings Google { get; set; } = new();

    /// <summary>How the servers share the budget through the database.</summary>
    public SharedLedgerSettings Ledger { get; set; } = new();

    /// <summary>The pacing library's settings; throws <see cref="InvalidOperationException"/> naming the setting that is out of range.</summary>
    public QuotaSettings ToQuotaSettings()
    {
        var settings = new QuotaSettings
        {
            TimeScale = TimeScale,
            WindowMargin = WindowMargin,
            SafetyFraction = SafetyFraction,
            ConcurrencyReserve = ConcurrencyReserve,
            Zoho = Zoho.ToZohoSettings(),
            Google = Google.ToGoogleSettings(),
        };
        try
        {
            settings.Validate();
            Ledger.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{SectionName}: {ex.Message}", ex);
        }

        return settings;
    }
}
