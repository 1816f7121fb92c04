using ContactSync.Core.Plans;
using ContactSync.Core.Mapping;

namespace ContactSync.Core.Engine;

/// <summary>What the engine needs to know of a plan.</summary>
/// <param name="PlanId">The plan id (the key of its state).</param>
/// <param name="WriteGoogle">True when the plan may write Google (bidirectional or CRM → Google).</param>
/// <param name="WriteCrm">True when the plan may write the CRM (bidirectional or Google → CRM).</param>
/// <param name="CrmWinsConflicts">True when the CRM value wins a field changed on both sides.</param>
/// <param name="EnforceOneWay">One-way plans: overwrite target edits of mapped fields at once.</param>
/// <param name="Mappings">The field map (validated; Google paths parse).</param>
/// <param name="Deletion">The deletion policy.</param>
/// <param name="MassDeleteThreshold">The breaker: more deletions than this pause the run; 0 = off.</param>
/// <param name="FirstRunCap">Most contacts the first run writes; 0 = no cap.</param>
/// <param name="LaterRunCap">Most contacts a later run writes; 0 = no cap.</param>
/// <param name="GoogleContactLimit">
/// Most contacts a Google account holds (a third-party figure; Google itself decides when it refuses creates): dry runs
/// warn past it, and after a refused batch the room it leaves is filled once; 0 = neither.
/// </param>
public sealed record SyncEngineSettings(
    string PlanId,
    bool WriteGoogle,
    bool WriteCrm,
    bool CrmWinsConflicts,
    bool EnforceOneWay,
    IReadOnlyList<FieldMapping> Mappings,
    DeletionPolicy Deletion = DeletionPolicy.Keep,
    int MassDeleteThreshold = 100,
    int FirstRunCap = 10_000,
    int LaterRunCap = 500,
    int GoogleContactLimit = 25_000);
