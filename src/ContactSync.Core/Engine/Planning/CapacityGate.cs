namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The run's caps (S8): the first run writes at most <c>FirstRunCap</c> contacts, later runs <c>LaterRunCap</c> (0 = no
/// cap). What does not fit is the backlog, and its side is read again by the next run (the cursor does not advance over
/// it), so nothing is dropped.
/// </summary>
internal sealed class CapacityGate(int cap)
{
    private int _taken;

    /// <summary>Contacts left for later runs.</summary>
    public long Backlog { get; private set; }

    /// <summary>True when CRM-side changes were left: the CRM watermark stays.</summary>
    public bool CrmCapped { get; private set; }

    /// <summary>True when Google-side changes were left: the sync token stays.</summary>
    public bool GoogleCapped { get; private set; }

    /// <summary>Takes room for one contact that is written; false (and backlog) when the cap is reached.</summary>
    public bool TryTake(bool fromCrm)
    {
        if (cap > 0 && _taken >= cap)
        {
            Defer(fromCrm);
            return false;
        }

        _taken++;
        return true;
    }

    /// <summary>Leaves one contact of a side for a later run.</summary>
    /// <summary>A contact waits for another reason than the cap (a full Google account): counted, no side re-read for it.</summary>
    public void Wait() => Backlog++;

    public void Defer(bool fromCrm)
    {
        Backlog++;
        if (fromCrm)
        {
            CrmCapped = true;
        }
        else
        {
            GoogleCapped = true;
        }
    }
}
