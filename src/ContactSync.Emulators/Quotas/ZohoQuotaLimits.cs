namespace ContactSync.Emulators.Quotas;

/// <summary>
/// Zoho CRM's API limits for the whole org (one OAuth app). Figures from /work/shared/reference/zoho-crm-api.md §5:
/// credits per rolling 24 hours by edition, concurrency per org and app by edition, a sub-concurrency of 10 for
/// "complex" calls, 1 credit per call and 1 credit per 10 records for inserts/updates/upserts. 0 = not enforced.
/// </summary>
public sealed record ZohoQuotaLimits
{
    /// <summary>No limits (the default of the emulators).</summary>
    public static readonly ZohoQuotaLimits Unlimited = new();

    /// <summary>API credits per rolling 24 hours for the org (0 = unlimited).</summary>
    public long CreditsPerDay { get; init; }

    /// <summary>Calls in flight at once for the org (0 = unlimited).</summary>
    public int Concurrency { get; init; }

    /// <summary>
    /// Calls in flight at once among "complex" calls: Get Records with cvid or sort_by, and inserts/updates/upserts of more
    /// than 10 records. The exact list of complex APIs is not documented (secondary sources), so the rule is this setting.
    /// </summary>
    public int SubConcurrency { get; init; }

    /// <summary>
    /// Credits of a Get Records call with a cvid. Zoho's CRM page says "most calls 1"; a sibling product's table says 3 for
    /// cvid reads, unverified for CRM — so 1 by default, and a setting.
    /// </summary>
    public int CvidReadCredits { get; init; } = 1;

    /// <summary>Credits of a deleted-records read (1 by default; a sibling product's table says 2, unverified for CRM).</summary>
    public int DeletedReadCredits { get; init; } = 1;

    /// <summary>Most rows one COQL call returns (reference §2.8: LIMIT ≤ 2,000).</summary>
    public int CoqlMaxLimit { get; init; } = 2000;

    /// <summary>Most rows a COQL query reaches through OFFSET, offset + limit (reference §2.8: 100,000).</summary>
    public int CoqlMaxRows { get; init; } = 100_000;

    /// <summary>
    /// Most values in a COQL <c>in (…)</c> (0 = no limit). The reference is silent; Zoho's COQL limitations page gives 50 — so
    /// 50 by default, and a setting.
    /// </summary>
    public int CoqlMaxInValues { get; init; } = 50;

    /// <summary>
    /// Credits of a COQL call by its LIMIT: ≤ 200 rows, ≤ 1,000, ≤ 2,000 (reference §2.8: 1, 2, 3 — from a sibling product's
    /// page, unverified for CRM, so settings).
    /// </summary>
    public IReadOnlyList<int> CoqlCredits { get; init; } = [1, 2, 3];

    /// <summary>Share of the daily credits after which responses carry <c>X-API-CREDITS-REMAINING</c> (documented: 50 %).</summary>
    public double RemainingHeaderThreshold { get; init; } = 0.5;

    /// <summary>The documented limits of an edition with this many CRM users.</summary>
    public static ZohoQuotaLimits ForEdition(ZohoEdition edition, int users)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        var (credits, concurrency) = edition switch
        {
            ZohoEdition.Free => (5_000L, 5),
            ZohoEdition.Standard => (Math.Min(100_000L, 50_000L + (250L * users)), 10),
            ZohoEdition.Professional => (Math.Min(3_000_000L, 50_000L + (500L * users)), 15),
            ZohoEdition.Enterprise => (Math.Min(5_000_000L, 50_000L + (1_000L * users)), 20),
            _ => (50_000L + (2_000L * users), 25),
        };
        return new ZohoQuotaLimits { CreditsPerDay = credits, Concurrency = concurrency, SubConcurrency = 10 };
    }
}
