namespace ContactSync.Storage.Leases;

/// <summary>
/// Plan leases: at most one lease per plan, naming the holder (a server process) and the run it is held for. Every
/// change is one atomic statement keyed by plan, holder and run, so any number of servers may share the database.
/// </summary>
/// <remarks>
/// The EF implementation takes a lease with a conditional update (free, expired, or already this holder's for this run)
/// and, when the plan has no lease row yet, an insert that the primary key lets only one caller win. A PostgreSQL
/// implementation can take it instead with <c>SELECT … FOR UPDATE SKIP LOCKED</c> on the plan's row inside a transaction
/// (a replica never waits for another replica's claim; a locked row counts as taken): callers only rely on
/// <see cref="TryAcquireAsync"/> being atomic and on the other members being conditional on holder and run.
/// </remarks>
public interface IPlanLeaseRepository
{
    /// <summary>
    /// Takes the plan's lease for <paramref name="runId"/> until <paramref name="nowUtc"/> + <paramref name="duration"/>
    /// when it is free, expired or already held by this holder for this run; false when another holder has it. Of
    /// concurrent callers at most one succeeds.
    /// </summary>
    Task<bool> TryAcquireAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Moves the lease's expiry to <paramref name="expiresUtc"/>; false when the holder no longer holds it for that run.</summary>
    Task<bool> RenewAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the lease if <paramref name="holder"/> still holds it for <paramref name="runId"/> (a run ended, or its holder
    /// is known to be dead); false when it did not.
    /// </summary>
    Task<bool> ReleaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken);

    /// <summary>The plan's lease, expired or not, or <see langword="null"/>.</summary>
    Task<PlanLease?> GetAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Every plan lease, expired or not.</summary>
    Task<IReadOnlyList<PlanLease>> ListAsync(CancellationToken cancellationToken);
}
