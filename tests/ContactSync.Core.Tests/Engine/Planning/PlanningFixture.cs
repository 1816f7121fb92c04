using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Mapping;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Pure inputs for the planner: records, contacts, links and settings. No ports, no store.</summary>
internal static class PlanningFixture
{
    public const string Work = "emailAddresses[type=work]";
    public const string Given = "names[0].givenName";
    public const string Family = "names[0].familyName";
    public const string Display = "names[0].displayName";
    public const string Title = "organizations[0].title";

    private static readonly DateTimeOffset Modified = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static SyncEngineSettings Bidirectional(bool crmWins = true) =>
        new("plan-1", WriteGoogle: true, WriteCrm: true, CrmWinsConflicts: crmWins, EnforceOneWay: false, DefaultFieldMap.Mappings, FirstRunCap: 0, LaterRunCap: 0);

    public static CrmContact Crm(string id, params (string Field, string Value)[] values) =>
        new(id, Modified, values.ToDictionary(v => v.Field, v => v.Value));

    public static GoogleContact Google(string name, params (string Path, string Value)[] values) =>
        new(name, "etag-" + name, false, true, null, values.ToDictionary(v => v.Path, v => v.Value), "state-" + name);

    public static GoogleContact Tombstone(string name) => new(name, "", true, false, null, new Dictionary<string, string>(), "");

    /// <summary>A link whose snapshot says the two records were in step as given.</summary>
    public static SyncLink Link(SyncEngineSettings settings, CrmContact crm, GoogleContact google)
    {
        var snapshot = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        foreach (var m in ResolvedMapping.Resolve(settings))
        {
            snapshot[m.Key] = new FieldSnapshot(ValueNormalizer.Normalize(m.Path.Field, crm[m.CrmField]), ValueNormalizer.Normalize(m.Path.Field, google[m.GooglePath]));
        }

        return new SyncLink(crm.Id, google.ResourceName, google.Etag, google.State, snapshot, ValueNormalizer.EmailKey(crm["Email"]));
    }

    public static GoogleChanges Changes(params GoogleContact[] contacts)
    {
        var changes = new GoogleChanges();
        foreach (var contact in contacts)
        {
            changes.Add(contact);
        }

        return changes;
    }

    public static SyncPlanner Planner(SyncEngineSettings? settings = null, int cap = 0, GoogleChanges? changes = null, params RecordFailure[] failing) =>
        new(settings ?? Bidirectional(), cap, changes ?? new GoogleChanges(), new FailingRecords(failing));

    /// <summary>A CRM page: the records admitted by the planner, their links, and the candidates given.</summary>
    public static PagePlan PlanPage(SyncPlanner planner, IReadOnlyList<CrmContact> page, IEnumerable<SyncLink>? links = null, GoogleCandidates? candidates = null, bool googleFull = false) =>
        planner.PlanCrmPage(new CrmPageInput(
            planner.Admit(page),
            (links ?? []).ToDictionary(l => l.CrmId, StringComparer.Ordinal),
            candidates ?? new GoogleCandidates(),
            googleFull));

    /// <summary>A chunk of Google changes, their links and the free CRM records given.</summary>
    public static PagePlan PlanChunk(SyncPlanner planner, IReadOnlyList<GoogleContact> chunk, IEnumerable<SyncLink>? links = null, IEnumerable<CrmContact>? crmCandidates = null) =>
        planner.PlanGoogleChunk(new GoogleChunkInput(
            chunk,
            (links ?? []).ToDictionary(l => l.GoogleResourceName, StringComparer.Ordinal),
            (crmCandidates ?? []).ToDictionary(r => r.Id, StringComparer.Ordinal)));

    public static GoogleCandidates ByEmail(string email, params GoogleContact[] contacts)
    {
        var candidates = new GoogleCandidates();
        candidates.AddByEmail(ValueNormalizer.EmailKey(email), contacts);
        return candidates;
    }

    public static RecordFailure Failure(string crmId, string googleName) =>
        new(SideKind.Crm, crmId.Length > 0 ? crmId : googleName, "", "INVALID_DATA", "refused", crmId, googleName);
}
