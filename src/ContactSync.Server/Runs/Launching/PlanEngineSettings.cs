using ContactSync.Core.Engine;
using ContactSync.Core.Plans;

namespace ContactSync.Server.Runs.Launching;

/// <summary>Turns a stored plan into what the engine needs.</summary>
internal static class PlanEngineSettings
{
    public static SyncEngineSettings From(StoredSyncPlan plan, int googleContactLimit = 25_000)
    {
        var d = plan.Definition;
        return new SyncEngineSettings(
            plan.Id,
            WriteGoogle: d.Direction is SyncDirection.Bidirectional or SyncDirection.CrmToGoogle,
            WriteCrm: d.Direction is SyncDirection.Bidirectional or SyncDirection.GoogleToCrm,
            CrmWinsConflicts: d.ConflictWinner != ConflictWinner.Google,
            EnforceOneWay: d.EnforceOneWay,
            d.FieldMappings,
            d.DeletionPolicy,
            d.MassDeleteThreshold,
            d.FirstRunCap,
            d.LaterRunsCap,
            googleContactLimit);
    }
}
