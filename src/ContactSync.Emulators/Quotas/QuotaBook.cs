using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Quotas;

/// <summary>The quotas in force (changeable while running) and the calls they refused.</summary>
public sealed class QuotaBook
{
    private readonly FixedWindowCounters _windows;
    private readonly RollingCreditWindow _credits;
    private QuotaOptions _options;

    internal QuotaBook(QuotaOptions options, TimeProvider time)
    {
        _options = options;
        _windows = new FixedWindowCounters(time);
        _credits = new RollingCreditWindow(time);
        Google = new GoogleQuotaGate(this, _windows);
        Zoho = new ZohoQuotaGate(this, _credits);
    }

    /// <summary>The quotas in force; setting them keeps the usage counted so far.</summary>
    public QuotaOptions Options
    {
        get => Volatile.Read(ref _options);
        set => Volatile.Write(ref _options, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Calls refused because of a quota.</summary>
    public QuotaRefusals Refusals { get; } = new();

    /// <summary>Zoho credits left in the rolling day (null when unlimited).</summary>
    public long? ZohoCreditsLeft => Zoho.CreditsLeft();

    internal GoogleQuotaGate Google { get; }

    internal ZohoQuotaGate Zoho { get; }

    /// <summary>Forgets usage and refusals (the options stay).</summary>
    public void Reset()
    {
        _windows.Reset();
        _credits.Reset();
        Refusals.Reset();
    }

    /// <summary>Counts the records of a Zoho write body (<c>{"data":[…]}</c>).</summary>
    /// <summary>The records a body carries (Zoho's <c>data</c>), or for a COQL query the rows it asks (its LIMIT).</summary>
    internal static int RecordsOf(JsonNode? body) => body switch
    {
        JsonObject root when root["data"] is JsonArray data => data.Count,
        JsonObject root when root["select_query"] is JsonValue q && q.TryGetValue<string>(out var text) => ContactSync.Emulators.Zoho.ZohoCoqlParser.Parse(text).Query?.Limit ?? 0,
        _ => 0,
    };
}
