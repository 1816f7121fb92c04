using ContactSync.Benchmarks.Scenarios;
using ContactSync.Grpc.V1;

namespace ContactSync.Benchmarks.Floors;

/// <summary>Computes the theoretical minimum of API calls of a scenario's measured run from the APIs' limits.</summary>
internal static class CallFloorCalculator
{
    /// <summary>Zoho CRM: records per GET page.</summary>
    public const int ZohoReadPage = 200;

    /// <summary>Zoho CRM: records per insert/update/upsert call.</summary>
    public const int ZohoWriteBatch = 100;

    /// <summary>Google People: connections per list page.</summary>
    public const int GoogleListPage = 1000;

    /// <summary>Google People: contacts per batchCreateContacts / batchUpdateContacts.</summary>
    public const int GoogleWriteBatch = 200;

    /// <summary>Google People: resource names per batchDeleteContacts.</summary>
    public const int GoogleDeleteBatch = 500;

    /// <summary>Contacts the emulator seeds in the "Family" group (outside the plan's group, but listed by connections.list).</summary>
    public const int FamilyContacts = 5;

    /// <summary>The formula, stated once for the reports.</summary>
    public const string Formula =
        "floor = tokens (1 per service; 0 when the server process already holds a valid access token from an earlier run — tokens live 1 h) " +
        "+ Zoho reads ⌈records/200⌉ (≥ 1) + Google connections.list ⌈contacts in the account/1000⌉ (≥ 1) " +
        "+ Google batchCreate/batchUpdate ⌈n/200⌉ + batchDelete ⌈n/500⌉ + Zoho insert/update ⌈n/100⌉; " +
        "an incremental run reads Zoho changed records ⌈changed/200⌉ (≥ 1, a 304 counts), Zoho deleted records (1) and Google changes by sync token ⌈changed/1000⌉ (≥ 1). " +
        "Creates carry the group membership; writing cross-references onto records that need no data change is not in the floor. " +
        "Critical path (latency scenario) = max(Zoho read pages, Zoho deleted, Google list pages) + max(Google write calls, Zoho write calls): " +
        "both services are read in parallel, then written in parallel, each service's calls in sequence; token calls carry no added latency and are excluded.";

    /// <summary>The floor of the measured run of <paramref name="s"/>.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="tokensCached">True when the server already ran a sync in this process (warm-up or preparation run).</param>
    public static CallFloor For(ScenarioDefinition s, bool tokensCached)
    {
        var token = tokensCached ? 0 : 1;
        var tokenFormula = tokensCached ? "(cached)" : "(1 per run)";
        var (zohoRead, zohoReadFormula, zohoDeleted, googleRead, googleReadFormula, googleCreates, googleUpdates, zohoCreates, zohoUpdates) =
            s.Kind == ScenarioKind.InitialSync ? InitialSync(s) : Incremental(s);
        var crmOnlyCount = s.ZohoContacts - s.OverlappingEmails;
        var googleOnlyCount = s.GoogleContacts - s.OverlappingEmails;
        var updatesToGoogle = s.Kind == ScenarioKind.InitialSync ? 2 * s.ConflictEditsPerSide : s.EditsPerSide;
        var updatesToZoho = s.Kind == ScenarioKind.InitialSync ? 2 * s.ConflictEditsPerSide : s.EditsPerSide;
        List<FloorTerm> terms =
        [
            new("zoho", "token", tokenFormula, token),
            new("zoho", s.Kind == ScenarioKind.InitialSync ? "read pages" : "changed-record pages", zohoReadFormula, zohoRead),
            new("zoho", "deleted records", "1", zohoDeleted),
            new("zoho", "creates", $"⌈{googleOnlyCount}/{ZohoWriteBatch}⌉", zohoCreates),
            new("zoho", "updates", $"⌈{updatesToZoho}/{ZohoWriteBatch}⌉", zohoUpdates),
            new("google", "token", tokenFormula, token),
            new("google", s.Kind == ScenarioKind.InitialSync ? "list pages" : "sync-token pages", googleReadFormula, googleRead),
            new("google", "batchCreate", $"⌈{crmOnlyCount}/{GoogleWriteBatch}⌉", googleCreates),
            new("google", "batchUpdate", $"⌈{updatesToGoogle}/{GoogleWriteBatch}⌉", googleUpdates),
        ];
        terms = terms.Where(t => t.Calls > 0 || t.What == "token").ToList();
        var total = terms.Sum(t => t.Calls);
        var readPath = Math.Max(Math.Max(zohoRead, zohoDeleted), googleRead);
        var writePath = Math.Max(googleCreates + googleUpdates, zohoCreates + zohoUpdates);
        var cpFormula = $"max({zohoRead}, {zohoDeleted}, {googleRead}) + max({googleCreates + googleUpdates}, {zohoCreates + zohoUpdates}) = {readPath + writePath}";
        return new CallFloor(terms, total, readPath + writePath, cpFormula);
    }

    /// <summary>A first sync: every record read; creates for the unmatched, updates for the differing pairs.</summary>
    private static FloorCounts InitialSync(ScenarioDefinition s)
    {
        int googleCreates = 0, googleUpdates = 0, zohoCreates = 0, zohoUpdates = 0;
        var zohoRead = Math.Max(1, Ceil(s.ZohoContacts, ZohoReadPage));
        var zohoReadFormula = $"max(1,⌈{s.ZohoContacts}/{ZohoReadPage}⌉)";
        var accountContacts = s.GoogleContacts + (s.GoogleContacts > 0 ? FamilyContacts : 0);
        var googleRead = Math.Max(1, Ceil(accountContacts, GoogleListPage));
        var googleReadFormula = $"max(1,⌈{accountContacts}/{GoogleListPage}⌉)";
        var crmOnly = s.ZohoContacts - s.OverlappingEmails;
        var googleOnly = s.GoogleContacts - s.OverlappingEmails;
        var differingPairs = 2 * s.ConflictEditsPerSide;
        if (s.Direction is SyncDirection.CrmToGoogle or SyncDirection.Bidirectional)
        {
            googleCreates = Ceil(crmOnly, GoogleWriteBatch);
        }

        if (s.Direction is SyncDirection.GoogleToCrm or SyncDirection.Bidirectional)
        {
            zohoCreates = Ceil(googleOnly, ZohoWriteBatch);
        }

        // The benchmark's bidirectional plans let the CRM win, so differing pairs are written to Google.
        if (s.Direction == SyncDirection.GoogleToCrm)
        {
            zohoUpdates = Ceil(differingPairs, ZohoWriteBatch);
        }
        else
        {
            googleUpdates = Ceil(differingPairs, GoogleWriteBatch);
        }

        return new FloorCounts(zohoRead, zohoReadFormula, 0, googleRead, googleReadFormula, googleCreates, googleUpdates, zohoCreates, zohoUpdates);
    }

    /// <summary>An incremental run after edits: the changed records read (and the deleted list), the edits written across.</summary>
    private static FloorCounts Incremental(ScenarioDefinition s)
    {
        int googleUpdates = 0, zohoUpdates = 0;
        var zohoRead = Math.Max(1, Ceil(s.EditsPerSide, ZohoReadPage));
        var zohoReadFormula = $"max(1,⌈{s.EditsPerSide}/{ZohoReadPage}⌉)";
        var googleRead = Math.Max(1, Ceil(s.EditsPerSide, GoogleListPage));
        var googleReadFormula = $"max(1,⌈{s.EditsPerSide}/{GoogleListPage}⌉)";
        if (s.Direction is SyncDirection.CrmToGoogle or SyncDirection.Bidirectional)
        {
            googleUpdates = Ceil(s.EditsPerSide, GoogleWriteBatch);
        }

        if (s.Direction is SyncDirection.GoogleToCrm or SyncDirection.Bidirectional)
        {
            zohoUpdates = Ceil(s.EditsPerSide, ZohoWriteBatch);
        }

        return new FloorCounts(zohoRead, zohoReadFormula, 1, googleRead, googleReadFormula, 0, googleUpdates, 0, zohoUpdates);
    }

    private static int Ceil(int n, int per) => n <= 0 ? 0 : (n + per - 1) / per;
}
