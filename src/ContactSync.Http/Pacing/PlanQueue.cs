namespace ContactSync.Http.Pacing;

/// <summary>One plan's waiting calls (first in, first out) and its place in the pacer's order.</summary>
internal sealed class PlanQueue(string plan, long arrival)
{
    public string Plan { get; } = plan;

    /// <summary>Breaks ties between plans never served: the first to come first.</summary>
    public long Arrival { get; } = arrival;

    public LinkedList<QuotaWaiter> Waiters { get; } = new();

    /// <summary>The pacer's grant number of this plan's last grant (0: never served); plans are served least recently served first.</summary>
    public long LastServed { get; set; }

    /// <summary>The key the ring sorts the plan by while it waits (changed only while it is out of the ring's order).</summary>
    public long Turn { get; set; }

    /// <summary>Breaks ties between plans of the same turn: 0, or 1 for a write that goes after the reads (<see cref="ReadsBeforeWrites"/>).</summary>
    public int Lane { get; set; }

    /// <summary>Calls granted to this plan.</summary>
    public long Granted { get; set; }

    /// <summary>The first waiting call that draws on no blocked quota.</summary>
    public QuotaWaiter? FirstAvoiding(HashSet<Quotas.QuotaKey> blocked)
    {
        foreach (var waiter in Waiters)
        {
            if (waiter.Avoids(blocked))
            {
                return waiter;
            }
        }

        return null;
    }
}
