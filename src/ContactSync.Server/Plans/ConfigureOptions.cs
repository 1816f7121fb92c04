namespace ContactSync.Server.Plans;

/// <summary>How Configure treats a plan.</summary>
/// <param name="ValidateOnly">Check and report the plan as it would be stored, storing nothing.</param>
/// <param name="GroupPending">The plan's group is about to be created (a roll-out's check): its existence is not checked.</param>
internal sealed record ConfigureOptions(bool ValidateOnly, bool GroupPending);
