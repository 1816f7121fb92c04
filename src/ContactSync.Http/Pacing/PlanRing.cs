namespace ContactSync.Http.Pacing;

/// <summary>
/// The plans with waiting calls, least recently served first (never-served plans by arrival): each grant of a contended quota
/// moves its plan behind every other waiting plan (<see cref="Advance"/>, see <see cref="ContendedQuotas"/>), so plans that
/// contend for a quota are served round-robin on it. A plan keeps its place in the
/// order while it has nothing waiting (a small run that sends one call at a time does not jump the queue), until
/// <see cref="MaxIdlePlans"/> idle plans pile up. Not thread-safe: the pacer locks.
/// </summary>
internal sealed class PlanRing
{
    public const int MaxIdlePlans = 4096;

    private readonly Dictionary<string, PlanQueue> _plans = new(StringComparer.Ordinal);
    private readonly SortedSet<PlanQueue> _waiting = new(Comparer<PlanQueue>.Create(static (a, b) =>
        a.LastServed != b.LastServed ? a.LastServed.CompareTo(b.LastServed) : a.Arrival.CompareTo(b.Arrival)));

    private long _arrivals;
    private long _grants;

    public IEnumerable<PlanQueue> Plans => _plans.Values;

    public void Enqueue(QuotaWaiter waiter)
    {
        if (!_plans.TryGetValue(waiter.PlanName, out var queue))
        {
            queue = new PlanQueue(waiter.PlanName, ++_arrivals);
            _plans.Add(waiter.PlanName, queue);
        }

        waiter.Plan = queue;
        waiter.Node = queue.Waiters.AddLast(waiter);
        _waiting.Add(queue);
    }

    /// <summary>The plans with waiting calls, in serving order.</summary>
    public PlanQueue[] Order() => [.. _waiting];

    /// <summary>Takes a waiter out of its queue (cancelled); false when it already left it.</summary>
    public bool Remove(QuotaWaiter waiter)
    {
        if (waiter.Node is not { } node)
        {
            return false;
        }

        var plan = waiter.Plan!;
        waiter.Node = null;
        plan.Waiters.Remove(node);
        if (plan.Waiters.Count == 0)
        {
            _waiting.Remove(plan);
        }

        return true;
    }

    /// <summary>Takes a granted waiter out and moves its plan behind the others; false when it already left (cancelled).</summary>
    public bool Grant(QuotaWaiter waiter)
    {
        if (!Remove(waiter))
        {
            return false;
        }

        var plan = waiter.Plan!;
        _waiting.Remove(plan);
        LastGrant = ++_grants;
        plan.Granted++;
        if (plan.Waiters.Count > 0)
        {
            _waiting.Add(plan);
        }
        else if (_plans.Count - _waiting.Count > MaxIdlePlans)
        {
            ForgetIdle();
        }

        return true;
    }

    /// <summary>All waiters, for shutting down.</summary>
    /// <summary>The number of the latest grant (a plan's turn when it counts).</summary>
    public long LastGrant { get; private set; }

    /// <summary>Moves <paramref name="plan"/>'s turn to grant <paramref name="serial"/> (never forward in the order).</summary>
    public void Advance(PlanQueue plan, long serial)
    {
        if (serial <= plan.LastServed)
        {
            return;
        }

        var waiting = _waiting.Remove(plan);
        plan.LastServed = serial;
        if (waiting)
        {
            _waiting.Add(plan);
        }
    }

    public List<QuotaWaiter> RemoveAll()
    {
        var all = _waiting.SelectMany(p => p.Waiters).ToList();
        foreach (var waiter in all)
        {
            Remove(waiter);
        }

        return all;
    }

    private void ForgetIdle()
    {
        foreach (var idle in _plans.Values.Where(p => p.Waiters.Count == 0).ToList())
        {
            _plans.Remove(idle.Plan);
        }
    }
}
