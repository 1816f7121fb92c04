using System.Text.Json;
using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;

namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A stored sync plan. The field map is a JSON column; <see cref="Version"/> is app-managed for optimistic concurrency.</summary>
internal sealed class PlanEntity
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private PlanEntity()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The upper-case name, with a unique index (names are unique case-insensitively).</summary>
    public string NormalizedName { get; private set; } = "";

    public string CrmUserId { get; private set; } = "";

    public SyncDirection Direction { get; private set; }

    public ConflictWinner ConflictWinner { get; private set; }

    public long? IntervalSeconds { get; private set; }

    public string CrmViewId { get; private set; } = "";

    public string GoogleGroup { get; private set; } = "";

    public string FieldMappingsJson { get; private set; } = "[]";

    public DeletionPolicy DeletionPolicy { get; private set; }

    public int MassDeleteThreshold { get; private set; }

    public int FirstRunCap { get; private set; }

    public int LaterRunsCap { get; private set; }

    public bool Enabled { get; private set; }

    public bool EnforceOneWay { get; private set; }

    public string CrmGoogleRefField { get; private set; } = "";

    /// <summary>Whether the plan is near-real-time (Zoho notifications and Google polling while enabled).</summary>
    public bool NearRealTime { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public long Version { get; private set; }

    /// <summary>Whether an admin key gave the plan its Google group (it may then share the group with plans of other CRM users).</summary>
    public bool GoogleGroupAssigned { get; private set; }

    /// <summary>The Google account the plan syncs (lower case; "" for the connection's default account).</summary>
    public string GoogleAccount { get; private set; } = "";

    /// <summary>Whether an admin key gave the plan its Google account (it may then be another than the CRM user's email).</summary>
    public bool GoogleAccountAssigned { get; private set; }

    public static string NormalizeName(string name) => name.Trim().ToUpperInvariant();

    public static PlanEntity Create(string id, SyncPlanDefinition definition, PlanAssignments assignments, DateTime nowUtc)
    {
        var entity = new PlanEntity { Id = id, CreatedUtc = nowUtc, Version = 0 };
        entity.Apply(definition, assignments, nowUtc);
        return entity;
    }

    /// <summary>Replaces every setting and moves to the next version.</summary>
    public void Apply(SyncPlanDefinition definition, PlanAssignments assignments, DateTime nowUtc)
    {
        GoogleGroupAssigned = assignments.GoogleGroup;
        GoogleAccountAssigned = assignments.GoogleAccount;
        GoogleAccount = definition.GoogleAccount;
        Name = definition.Name;
        NormalizedName = NormalizeName(definition.Name);
        CrmUserId = definition.CrmUserId;
        Direction = definition.Direction;
        ConflictWinner = definition.ConflictWinner;
        IntervalSeconds = definition.Interval is { } interval ? (long)interval.TotalSeconds : null;
        CrmViewId = definition.CrmViewId;
        GoogleGroup = definition.GoogleGroup;
        FieldMappingsJson = JsonSerializer.Serialize(
            definition.FieldMappings.Select(m => new FieldMappingDocument(m.CrmField, m.GoogleField, m.Direction.ToString())).ToList(),
            JsonOptions);
        DeletionPolicy = definition.DeletionPolicy;
        MassDeleteThreshold = definition.MassDeleteThreshold;
        FirstRunCap = definition.FirstRunCap;
        LaterRunsCap = definition.LaterRunsCap;
        Enabled = definition.Enabled;
        EnforceOneWay = definition.EnforceOneWay;
        CrmGoogleRefField = definition.CrmGoogleRefField;
        NearRealTime = definition.NearRealTime;
        UpdatedUtc = nowUtc;
        Version++;
    }

    public StoredSyncPlan ToDomain()
    {
        var mappings = (JsonSerializer.Deserialize<List<FieldMappingDocument>>(FieldMappingsJson, JsonOptions) ?? [])
            .Select(d => new FieldMapping(d.CrmField, d.GoogleField, Enum.Parse<MappingDirection>(d.Direction)))
            .ToList();
        var definition = new SyncPlanDefinition(
            Name,
            CrmUserId,
            Direction,
            ConflictWinner,
            IntervalSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            CrmViewId,
            GoogleGroup,
            mappings,
            DeletionPolicy,
            MassDeleteThreshold,
            FirstRunCap,
            LaterRunsCap,
            Enabled,
            EnforceOneWay,
            CrmGoogleRefField)
        {
            NearRealTime = NearRealTime,
            GoogleAccount = GoogleAccount,
        };
        return new StoredSyncPlan(
            Id,
            Version,
            definition,
            DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc),
            DateTime.SpecifyKind(UpdatedUtc, DateTimeKind.Utc))
        {
            GoogleGroupAssigned = GoogleGroupAssigned,
            GoogleAccountAssigned = GoogleAccountAssigned,
        };
    }

    private sealed record FieldMappingDocument(string CrmField, string GoogleField, string Direction);
}
