using ContactSync.Benchmarks.Floors;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// The floor of one plan's first sync in the replicas scenario: a CRM user's 500 contacts into an empty group of their own
/// Google account, compared with the calls each run recorded (its API usage: CRM and Google calls, token calls included).
/// The plan's CRM user is checked at its run (S10): the user, their profile and the role list (what the user may see
/// follows the role hierarchy); the role list is the same for every user, so a server caching it per organisation would
/// need one call less — it is in the floor as the check reads it today.
/// </summary>
internal static class ReplicaFloor
{
    /// <summary>COQL rows per call (issue 14: a restricted user's plan reads only its owners' records).</summary>
    public const int CoqlRows = 2000;

    public static IReadOnlyList<FloorTerm> Terms(int contacts) =>
    [
        new("google", "token", "1 (the user's own account)", 1),
        new("google", "list pages", "⌈0/1000⌉ ≥ 1", 1),
        new("google", "batchCreate", $"⌈{contacts}/{CallFloorCalculator.GoogleWriteBatch}⌉", Ceil(contacts, CallFloorCalculator.GoogleWriteBatch)),
        new("zoho", "user's records", $"⌈{contacts}/{CoqlRows}⌉ (COQL)", Ceil(contacts, CoqlRows)),
        new("zoho", "permission check", "user 1 + profile 1 + roles 1", 3),
    ];

    public static int Total(int contacts) => Terms(contacts).Sum(t => t.Calls);

    public static string Describe(int contacts) =>
        string.Join(" + ", Terms(contacts).Select(t => $"{t.Service} {t.What} {t.Formula}={t.Calls}")) + $" = {Total(contacts)}";

    private static int Ceil(int n, int per) => n <= 0 ? 0 : (n + per - 1) / per;
}
