namespace ContactSync.Storage.Leases;

/// <summary>The lease that lets one server process run a plan at a time.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Holder">The server process holding it (its lease-holder identity).</param>
/// <param name="RunId">The run it is held for.</param>
/// <param name="ExpiresUtc">When it expires unless renewed (UTC).</param>
public sealed record PlanLease(string PlanId, string Holder, string RunId, DateTime ExpiresUtc)
{
    /// <summary>Whether the lease still holds at <paramref name="nowUtc"/>.</summary>
    public bool IsValidAt(DateTime nowUtc) => ExpiresUtc >= nowUtc;
}
