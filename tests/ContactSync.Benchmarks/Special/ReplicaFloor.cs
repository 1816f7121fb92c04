using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Floors;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// The floor of one plan's first sync in the replicas scenario: a CRM user's 500 contacts into an empty group of their own
/// Google account. Calls the organisation makes once whatever the number of plans (the Zoho token, field and view
/// metadata, roles, counts) are reported beside it, not charged to the plans.
/// </summary>
internal static class ReplicaFloor
{
    /// <summary>COQL rows per call (issue 14: a restricted user's plan reads only its owners' records).</summary>
    public const int CoqlRows = 2000;

    /// <summary>Endpoints the organisation calls once, shared by every plan (tokens are per plan only on Google: one account each).</summary>
    public static IReadOnlySet<string> OrganisationWide { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "zoho POST /oauth/v2/token",
        "zoho GET /crm/v8/settings/fields",
        "zoho GET /crm/v8/settings/custom_views",
        "zoho GET /crm/v8/settings/roles",
        "zoho GET /crm/v8/Contacts/actions/count",
    };

    public static IReadOnlyList<FloorTerm> Terms(int contacts) =>
    [
        new("google", "token", "1 (the user's own account)", 1),
        new("google", "list pages", "⌈0/1000⌉ ≥ 1", 1),
        new("google", "batchCreate", $"⌈{contacts}/{CallFloorCalculator.GoogleWriteBatch}⌉", Ceil(contacts, CallFloorCalculator.GoogleWriteBatch)),
        new("zoho", "user's records", $"⌈{contacts}/{CoqlRows}⌉ (COQL)", Ceil(contacts, CoqlRows)),
        new("zoho", "permission check", "user 1 + profile 1", 2),
    ];

    public static int Total(int contacts) => Terms(contacts).Sum(t => t.Calls);

    public static string Describe(int contacts) =>
        string.Join(" + ", Terms(contacts).Select(t => $"{t.Service} {t.What} {t.Formula}={t.Calls}")) + $" = {Total(contacts)}";

    /// <summary>The calls charged to the plans: all but the organisation-wide endpoints.</summary>
    public static long PlanCalls(CallCounts calls) =>
        calls.PerEndpoint.Where(kv => !OrganisationWide.Contains(kv.Key)).Sum(kv => kv.Value);

    private static int Ceil(int n, int per) => n <= 0 ? 0 : (n + per - 1) / per;
}
