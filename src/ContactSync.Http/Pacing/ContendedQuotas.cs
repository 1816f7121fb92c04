using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// The rate quotas whose order of service matters: those that refused a call within their last window. Only a grant of a
/// contended quota moves a plan's turn back (<see cref="PlanRing"/>); the plans' turns are the round-robin that keeps a big
/// first sync from starving small runs. Calls that take only quotas with room to spare (a day's credits, an account's own
/// reads) and concurrency slots (held for one call, each run's calls go one after another) do not cost a turn: they go
/// to the plans in turn order, earliest first, so the first plans read on and start on the binding quota while the others
/// still read, instead of every plan's reads finishing together before anyone writes. A quota that becomes contended also
/// charges the grants it made in its last window (kept, at most <see cref="MaxRecentGrants"/> per quota), so the plans
/// served just before the first refusal go behind those that were not. Not thread-safe: the pacer's lock guards it.
/// </summary>
internal sealed class ContendedQuotas
{
    /// <summary>Grants of a quota not contended kept for when it becomes so (the oldest are dropped past this).</summary>
    public const int MaxRecentGrants = 4096;

    private readonly Dictionary<QuotaKey, long> _contendedUntil = [];
    private readonly Dictionary<QuotaKey, Queue<RecentGrant>> _recent = [];

    /// <summary>True when <paramref name="charges"/> take a rate quota contended at <paramref name="now"/>.</summary>
    public bool Takes(IReadOnlyList<QuotaCharge> charges, long now)
    {
        foreach (var charge in charges)
        {
            if (charge.Limit.Kind == QuotaKind.Rate && _contendedUntil.TryGetValue(charge.Key, out var until) && until > now)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any rate quota is contended at <paramref name="now"/>.</summary>
    public bool Any(long now) => _contendedUntil.Values.Any(until => until > now);

    /// <summary>A plan was granted <paramref name="charges"/> as grant <paramref name="serial"/>: true when it took a contended quota.</summary>
    public bool Granted(IReadOnlyList<QuotaCharge> charges, PlanQueue plan, long serial, long now)
    {
        var contended = false;
        foreach (var charge in charges.Where(c => c.Limit.Kind == QuotaKind.Rate))
        {
            if (_contendedUntil.TryGetValue(charge.Key, out var until) && until > now)
            {
                contended = true;
                continue;
            }

            _contendedUntil.Remove(charge.Key);
            if (!_recent.TryGetValue(charge.Key, out var recent))
            {
                recent = new Queue<RecentGrant>();
                _recent.Add(charge.Key, recent);
            }

            while (recent.Count > 0 && (recent.Count >= MaxRecentGrants || recent.Peek().At <= now - charge.Limit.Window.Ticks))
            {
                recent.Dequeue();
            }

            recent.Enqueue(new RecentGrant(serial, plan, now));
        }

        return contended;
    }

    /// <summary>
    /// A call was refused on <paramref name="blocked"/> (of its <paramref name="charges"/>): those rate quotas are contended for a
    /// window from <paramref name="now"/>; returns the grants they made in their last window, whose plans' turns move back.
    /// </summary>
    public List<RecentGrant> Refused(IReadOnlyList<QuotaCharge> charges, IReadOnlyCollection<QuotaKey> blocked, long now)
    {
        var charged = new List<RecentGrant>();
        foreach (var charge in charges.Where(c => c.Limit.Kind == QuotaKind.Rate && (blocked.Count == 0 || blocked.Contains(c.Key))))
        {
            _contendedUntil[charge.Key] = now + Math.Max(1, charge.Limit.Window.Ticks);
            if (_recent.Remove(charge.Key, out var recent))
            {
                charged.AddRange(recent.Where(g => g.At > now - charge.Limit.Window.Ticks));
            }
        }

        return charged;
    }
}
