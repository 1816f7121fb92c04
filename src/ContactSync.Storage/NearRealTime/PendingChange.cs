namespace ContactSync.Storage.NearRealTime;

/// <summary>A near-real-time plan with changes it has not run for yet.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="FirstUtc">When the oldest waiting change arrived.</param>
/// <param name="LastUtc">When the newest waiting change arrived.</param>
public sealed record PendingChange(string PlanId, DateTime FirstUtc, DateTime LastUtc);
