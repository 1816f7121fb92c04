namespace ContactSync.Server.Quotas;

/// <summary>
/// Plays the pacer's serving of one rate quota forward (pure: no clock, no I/O) to tell when each run's last call on it is
/// granted. The order is the pacer's (<c>PlanRing</c>, <c>ContendedQuotas</c>): of the runs whose next call waits, the least
/// recently served goes first, runs never served first of all by arrival. Until a call first has to wait for units, the
/// turns do not count (quotas with room go earliest plan first); from then on the grants made so far count as turns
/// (round-robin). A run's calls go one after another: its next one waits <c>gap</c> after a grant (the call's latency). The
/// quota is a sliding window (<see cref="UnitFlow"/>): what is free now goes at once, the units in use come back over the
/// window, and every unit granted comes back one window after its grant. A few hundred runs of a few calls each take well
/// under a millisecond.
/// </summary>
internal static class PacerSimulation
{
    /// <summary>Each run's last grant on the quota, from now (runs without calls on it are left out).</summary>
    public static Dictionary<string, TimeSpan> LastGrants(SimulatedQuota quota, IReadOnlyList<SimulatedRun> runs, TimeSpan gap)
    {
        ArgumentNullException.ThrowIfNull(quota);
        ArgumentNullException.ThrowIfNull(runs);
        var last = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (quota.UnitsPerWindow <= 0)
        {
            return last;
        }

        var units = new UnitFlow(quota);
        var next = new int[runs.Count];
        var turns = new long[runs.Count];
        var waiting = new PriorityQueue<int, (long Turn, long Order)>();
        var later = new PriorityQueue<int, long>();
        var serial = Enter(runs, turns, later);
        long clock = 0;
        var contended = false;
        while (waiting.Count > 0 || later.Count > 0)
        {
            Admit(later, waiting, runs, turns, clock, contended);
            if (waiting.Count == 0)
            {
                later.TryPeek(out _, out clock);
                continue;
            }

            var free = units.FreeAt(GrantOf(runs, next, waiting.Peek()));
            if (!contended && free > clock)
            {
                // The first call that must wait: the quota is contended, and the grants made so far count as turns.
                contended = true;
                Reorder(waiting, runs, turns);
            }

            // Units free at `at`: every run waiting by then competes for them, in the pacer's order.
            var at = Math.Max(clock, free);
            Admit(later, waiting, runs, turns, at, contended);
            var run = waiting.Dequeue();
            var grant = GrantOf(runs, next, run);
            clock = Math.Max(at, units.FreeAt(grant));
            units.Take(grant, clock);
            turns[run] = ++serial;
            last[runs[run].RunId] = TimeSpan.FromTicks(clock);
            if (++next[run] < runs[run].Grants.Count)
            {
                later.Enqueue(run, clock + Math.Max(0, gap.Ticks));
            }
        }

        return last;
    }

    /// <summary>Each run's turn so far, and the runs with calls queued by when they are ready; returns the last turn given.</summary>
    private static long Enter(IReadOnlyList<SimulatedRun> runs, long[] turns, PriorityQueue<int, long> later)
    {
        long serial = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            turns[i] = runs[i].Turn;
            serial = Math.Max(serial, turns[i]);
            if (runs[i].Grants.Count > 0)
            {
                later.Enqueue(i, Math.Max(0, runs[i].ReadyIn.Ticks));
            }
        }

        return serial;
    }

    private static long GrantOf(IReadOnlyList<SimulatedRun> runs, int[] next, int run) => Math.Max(0, runs[run].Grants[next[run]]);

    /// <summary>Moves the runs whose next call waits by <paramref name="until"/> into the order: by turn once contended, else by arrival.</summary>
    private static void Admit(PriorityQueue<int, long> later, PriorityQueue<int, (long, long)> waiting, IReadOnlyList<SimulatedRun> runs, long[] turns, long until, bool contended)
    {
        while (later.TryPeek(out var run, out var readyAt) && readyAt <= until)
        {
            later.Dequeue();
            waiting.Enqueue(run, (contended ? turns[run] : 0, runs[run].Order));
        }
    }

    private static void Reorder(PriorityQueue<int, (long, long)> waiting, IReadOnlyList<SimulatedRun> runs, long[] turns)
    {
        var all = waiting.UnorderedItems.Select(i => i.Element).ToList();
        waiting.Clear();
        foreach (var run in all)
        {
            waiting.Enqueue(run, (turns[run], runs[run].Order));
        }
    }
}
