namespace ContactSync.Http.Pacing;

/// <summary>A grant of a quota that was not contended (see <see cref="ContendedQuotas"/>).</summary>
/// <param name="Serial">The grant's number in the pacer (its turn, should it count).</param>
/// <param name="Plan">The plan it went to.</param>
/// <param name="At">When (ticks).</param>
internal sealed record RecentGrant(long Serial, PlanQueue Plan, long At);
