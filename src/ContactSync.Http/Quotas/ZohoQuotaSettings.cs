namespace ContactSync.Http.Quotas;

/// <summary>
/// Zoho CRM's limits for the whole org (one OAuth app), from /work/shared/reference/zoho-crm-api.md §5: API credits per
/// rolling 24 hours and calls in flight by edition (<see cref="ForEdition"/>), a sub-concurrency of 10 for "complex" calls,
/// 1 credit per call and 1 credit per 10 records for inserts, updates and upserts. 0 = not paced.
/// </summary>
public sealed record ZohoQuotaSettings
{
    /// <summary>Nothing paced.</summary>
    public static readonly ZohoQuotaSettings Unlimited = new();

    /// <summary>Credits per rolling 24 hours for the org.</summary>
    public long CreditsPerDay { get; init; }

    /// <summary>Calls in flight at once for the org and app.</summary>
    public int Concurrency { get; init; }

    /// <summary>
    /// Calls in flight at once among "complex" calls: Get Records with cvid or sort_by, inserts/updates/upserts of more than 10
    /// records (the list is from secondary sources; the documented figure is 10 for every edition).
    /// </summary>
    public int SubConcurrency { get; init; }

    /// <summary>Credits of a Get Records call with a cvid: 1 ("most calls 1"); a sibling product's table says 3, unverified for CRM.</summary>
    public int CvidReadCredits { get; init; } = 1;

    /// <summary>Credits of a deleted-records read: 1; a sibling product's table says 2, unverified for CRM.</summary>
    public int DeletedReadCredits { get; init; } = 1;

    /// <summary>
    /// Credits of a COQL call (POST /crm/v8/coql) by the rows its LIMIT asks: ≤ 200, ≤ 1,000, ≤ 2,000. Reference §2.8: 1, 2, 3
    /// (from a sibling product's page, unverified for CRM).
    /// </summary>
    public IReadOnlyList<int> CoqlCredits { get; init; } = [1, 2, 3];

    /// <summary>The credits of a COQL call asking <paramref name="limit"/> rows (the tier of <see cref="CoqlCredits"/>).</summary>
    public long CoqlCreditsOf(int limit) =>
        CoqlCredits.Count == 0 ? 1 : CoqlCredits[Math.Min(CoqlCredits.Count - 1, limit <= 200 ? 0 : limit <= 1000 ? 1 : 2)];

    /// <summary>The documented limits of <paramref name="edition"/> with <paramref name="users"/> CRM users.</summary>
    public static ZohoQuotaSettings ForEdition(ZohoCrmEdition edition, int users)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        var (credits, concurrency) = edition switch
        {
            ZohoCrmEdition.Free => (5_000L, 5),
            ZohoCrmEdition.Standard => (Math.Min(100_000L, 50_000L + (250L * users)), 10),
            ZohoCrmEdition.Professional => (Math.Min(3_000_000L, 50_000L + (500L * users)), 15),
            ZohoCrmEdition.Enterprise => (Math.Min(5_000_000L, 50_000L + (1_000L * users)), 20),
            ZohoCrmEdition.Ultimate => (50_000L + (2_000L * users), 25),
            _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown Zoho CRM edition."),
        };
        return new ZohoQuotaSettings { CreditsPerDay = credits, Concurrency = concurrency, SubConcurrency = 10 };
    }
}
