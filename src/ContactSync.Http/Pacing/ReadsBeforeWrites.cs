using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// The pacer's rule for shared concurrency slots (Zoho's "complex" slots: the COUNT, the COQL reads and the inserts of
/// every run): while no rate quota is contended, a plan whose next call is a write that takes a slot goes behind the plans
/// whose next call is a read. Reads lead the runs to the quota that binds them (the project's Google writes), which has units
/// free until it first refuses a call; a CRM insert at a run's end is on no such path. Once any rate quota is contended the
/// rule stops and calls go in the ring's usual order (earliest plan first where nothing is scarce), so inserts are not
/// held back when reading more cannot make anything go sooner.
/// </summary>
internal static class ReadsBeforeWrites
{
    /// <summary>True when <paramref name="waiter"/> goes after the reads: a write on a concurrency slot while nothing is contended.</summary>
    public static bool Defers(QuotaWaiter waiter, ContendedQuotas contended, long now) =>
        waiter.Writes && waiter.Charges.Any(static c => c.Limit.Kind == QuotaKind.Concurrency) && !contended.Any(now);
}
