namespace ContactSync.Http.Pacing;

/// <summary>
/// The plans with waiting calls, least recently served first (never-served plans by arrival): each grant of a contended quota
/// moves its plan behind every other waiting plan (<see cref="Advance"/>, see <see cref="ContendedQuotas"/>), so plans that
/// contend for a quota are served round-robin on it. A plan whose next call takes no contended quota (a read, a slot) is
/// ordered as never served, by arrival: turns spent on a scarce quota do not hold back its calls on quotas with room (a run
/// that has written its share to Google still inserts its CRM records while later runs read). A plan keeps its place in the
/// order while it has nothing waiting (a small run that sends one call at a time does not jump the queue), until
/// <see cref="MaxIdlePlans"/> idle plans pile up. Not thread-safe: the pacer locks.
/// </summary>
internal sealed class PlanRing
{
    public const int MaxIdlePlans = 4096;

    private readonly Dictionary<string, PlanQueue> _plans = new(StringComparer.Ordinal);
    private readonly SortedSet<PlanQueue> _waiting = new(Comparer<PlanQueue>.Create(static (a, b) =>
        a.Turn != b.Turn ? a.Turn.CompareTo(b.Turn) : a.Lane != b.Lane ? a.Lane.CompareTo(b.Lane) : a.Arrival.CompareTo(b.Arrival)));

    private readonly Func<QuotaWaiter, bool> _takesContended;
    private readonly Func<QuotaWaiter, bool> _defers;

    private long _arrivals;
    private long _grants;

    /// <summary>
    /// A ring whose turns count for calls that <paramref name="takesContended"/> (all of them when null); of the plans whose
    /// next call takes nothing contended, those whose call <paramref name="defers"/> go last (<see cref="ReadsBeforeWrites"/>).
    /// </summary>
    public PlanRing(Func<QuotaWaiter, bool>? takesContended = null, Func<QuotaWaiter, bool>? defers = null)
    {
        _takesContended = takesContended ?? (static _ => true);
        _defers = defers ?? (static _ => false);
    }

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
        if (queue.Waiters.Count == 1)
        {
            Place(queue);
        }
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
        var first = plan.Waiters.First == node;
        plan.Waiters.Remove(node);
        if (first)
        {
            Place(plan);
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
        LastGrant = ++_grants;
        plan.Granted++;
        if (plan.Waiters.Count == 0 && _plans.Count - _waiting.Count > MaxIdlePlans)
        {
            ForgetIdle();
        }

        return true;
    }

    /// <summary>The number of the latest grant (a plan's turn when it counts).</summary>
    public long LastGrant { get; private set; }

    /// <summary>Moves <paramref name="plan"/>'s turn to grant <paramref name="serial"/> (never forward in the order).</summary>
    public void Advance(PlanQueue plan, long serial)
    {
        if (serial <= plan.LastServed)
        {
            return;
        }

        _waiting.Remove(plan);
        plan.LastServed = serial;
        Place(plan);
    }

    /// <summary>Sorts every waiting plan again (a quota became contended: the plans' calls are placed as that makes them).</summary>
    public void Reorder()
    {
        foreach (var plan in _waiting.ToList())
        {
            Place(plan);
        }
    }

    /// <summary>(Re)sorts a plan by its next call: its turn when that call takes a contended quota, else as never served (deferred writes last).</summary>
    private void Place(PlanQueue plan)
    {
        _waiting.Remove(plan);
        if (plan.Waiters.First is { } next)
        {
            var contended = _takesContended(next.Value);
            plan.Turn = contended ? plan.LastServed : 0;
            plan.Lane = !contended && _defers(next.Value) ? 1 : 0;
            _waiting.Add(plan);
        }
    }

    /// <summary>All waiters, for shutting down.</summary>
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
