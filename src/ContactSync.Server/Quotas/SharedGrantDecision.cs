using ContactSync.Http.Quotas;
using ContactSync.Storage.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Decides, on a snapshot of the shared state, whether a call's needs fit — all of them or none — and what to write (pure: it
/// may be decided again on a newer snapshot).
/// </summary>
/// <remarks>
/// <para><b>Rate quotas: never more than the limit in any window, across servers.</b> A chunk of n units is granted at time s
/// for spending in [s, e] and counted by every later decision until c = (last spend) + W' (W' = the window plus the margin;
/// before it is cut to what was spent, c = e + W'). It is granted only if n plus the units of every chunk still counted at s
/// fit under the effective limit L' ≤ L. Take any window [a, a + W) and the chunk B granted last among those with a spend in
/// it (grants on one quota are serialised by its version). Any other chunk B' with a spend s' in the window has c' ≥ s' + W'
/// ≥ a + W' &gt; (a spend of B) ≥ s_B, so B' was counted when B was granted: the window holds at most L' units. Cutting a
/// chunk to its spends and dropping unspent units only lowers counts that are never below the spends.</para>
/// <para><b>Concurrency</b>: a server's slots are leased (renewed by its heartbeat, freed when it dies); it may hold more only
/// while the other servers' live leases leave room.</para>
/// </remarks>
internal sealed class SharedGrantDecision(QuotaSettings settings, SharedLedgerSettings shared)
{
    public (SharedGrant Grant, QuotaChanges Changes) Decide(QuotaSnapshot snapshot, IReadOnlyList<SharedNeed> needs, long now)
    {
        var blocked = new List<QuotaKey>();
        long? retryAt = null;
        var grants = new List<(SharedNeed, long, long, long)>();
        foreach (var need in needs)
        {
            var state = snapshot.Keys.TryGetValue(need.Key.Value, out var s) ? s : new SharedQuotaState(need.Key.Value);
            var (units, end, retry) = need.Limit.Kind == QuotaKind.Rate ? Rate(state, need, snapshot.LiveHolders, now) : Slots(state, need, snapshot.LiveHolders, now);
            if (units is null)
            {
                blocked.Add(need.Key);
                retryAt = Math.Min(retryAt ?? long.MaxValue, retry);
            }
            else
            {
                grants.Add((need, units.Value, now, end));
            }
        }

        if (blocked.Count > 0)
        {
            return (new SharedGrant(blocked, retryAt, []), QuotaChanges.None);
        }

        var changes = new QuotaChanges();
        foreach (var (need, units, start, end) in grants)
        {
            var state = snapshot.Keys.TryGetValue(need.Key.Value, out var s) ? s : new SharedQuotaState(need.Key.Value);
            changes.Keys.Add(new QuotaKeyChange(need.Key.Value, (int)need.Limit.Kind, need.Limit.Limit, need.Limit.Window.Ticks,
                state.PausedUntilTicks, state.Exists ? state.Factor : 1, state.FactorSinceTicks));
            if (need.Limit.Kind == QuotaKind.Rate)
            {
                changes.Chunks.Add(new QuotaChunkGrant(need.Key.Value, start, end, end + QuotaRules.AccountedWindow(settings, need.Limit), units));
            }
            else
            {
                changes.Slots.Add(new QuotaSlotLease(need.Key.Value, units, end));
            }
        }

        return (new SharedGrant([], null, grants), changes);
    }

    /// <summary>How long a chunk of <paramref name="limit"/> may be spent.</summary>
    public long ChunkDuration(QuotaLimit limit) =>
        Math.Max(1, Math.Min(shared.MaxChunkDuration.Ticks, (long)(limit.Window.Ticks * shared.ChunkWindowShare)));

    private (long? Units, long End, long RetryAt) Rate(SharedQuotaState state, SharedNeed need, int live, long now)
    {
        var duration = ChunkDuration(need.Limit);
        if (state.PausedUntilTicks > now)
        {
            return (null, 0, state.PausedUntilTicks);
        }

        var limit = QuotaRules.Effective(settings, need.Limit, Factor(state, need.Limit, now));
        var room = limit - state.Counted;
        var fits = need.Units > limit ? state.Counted == 0 : need.Units <= room;
        if (!fits)
        {
            // Chunks of other servers may be cut to what they spent when they end: ask again then at the latest.
            return (null, 0, Math.Max(now + 1, Math.Min(state.EarliestFreeTicks ?? long.MaxValue, now + duration)));
        }

        var chunk = Math.Max(1, (long)(limit * shared.ChunkLimitShare / Math.Max(1, live)));
        var units = need.Units > limit ? need.Units : Math.Min(room, Math.Max(need.Units, chunk));
        return (units, now + duration, 0);
    }

    private (long? Slots, long End, long RetryAt) Slots(SharedQuotaState state, SharedNeed need, int live, long now)
    {
        var retry = now + Math.Max(1, shared.SlotPoll.Ticks);
        if (state.PausedUntilTicks > now)
        {
            return (null, 0, Math.Max(state.PausedUntilTicks, retry));
        }

        var limit = QuotaRules.Effective(settings, need.Limit, Factor(state, need.Limit, now));
        var wanted = need.InFlight + need.Units;
        var fits = (state.OthersSlots == 0 && need.InFlight == 0) || state.OthersSlots + wanted <= limit;
        if (!fits)
        {
            return (null, 0, retry);
        }

        // Keep up to a fair share of the free slots for the next calls, so most calls need no database round trip.
        var share = Math.Min(limit - state.OthersSlots, limit / Math.Max(1, live));
        return (Math.Max(wanted, share), now + shared.SlotLease.Ticks, 0);
    }

    private double Factor(SharedQuotaState state, QuotaLimit limit, long now) =>
        state.Exists ? QuotaRules.Recovered(settings, limit, state.Factor, state.FactorSinceTicks, now) : 1;
}
