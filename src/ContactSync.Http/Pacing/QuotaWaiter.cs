using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>One call waiting in <see cref="QuotaPacer"/> for its units.</summary>
internal sealed class QuotaWaiter(string plan, IReadOnlyList<QuotaCharge> charges, bool writes = false)
{
    /// <summary>True for a write (see <see cref="ReadsBeforeWrites"/>); false for a read or a call not described.</summary>
    public bool Writes { get; } = writes;

    /// <summary>The plan's name.</summary>
    public string PlanName { get; } = plan;

    /// <summary>The plan's queue, set when the waiter is queued.</summary>
    public PlanQueue? Plan { get; set; }

    public IReadOnlyList<QuotaCharge> Charges { get; } = charges;

    public TaskCompletionSource<QuotaPermit> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Its place in the plan's queue; null once granted or cancelled.</summary>
    public LinkedListNode<QuotaWaiter>? Node { get; set; }

    public CancellationTokenRegistration Registration { get; set; }

    /// <summary>True when it draws on none of <paramref name="blocked"/>.</summary>
    public bool Avoids(HashSet<QuotaKey> blocked)
    {
        foreach (var charge in Charges)
        {
            if (blocked.Contains(charge.Key))
            {
                return false;
            }
        }

        return true;
    }
}
