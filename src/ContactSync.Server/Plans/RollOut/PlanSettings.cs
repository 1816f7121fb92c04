using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>Whether a stored plan already is what a roll-out would store (so nothing is written).</summary>
internal static class PlanSettings
{
    /// <summary>True when both plans have the same settings, account, group and assignments.</summary>
    public static bool Same(StoredSyncPlan stored, StoredSyncPlan wanted)
    {
        var a = stored.Definition;
        var b = wanted.Definition;
        return stored.GoogleGroupAssigned == wanted.GoogleGroupAssigned
            && stored.GoogleAccountAssigned == wanted.GoogleAccountAssigned
            && a with { FieldMappings = [] } == b with { FieldMappings = [] }
            && a.FieldMappings.SequenceEqual(b.FieldMappings);
    }
}
