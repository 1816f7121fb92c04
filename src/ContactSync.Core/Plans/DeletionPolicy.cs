namespace ContactSync.Core.Plans;

/// <summary>What happens on the other side when a linked contact is deleted on one side.</summary>
public enum DeletionPolicy
{
    /// <summary>Unlink the pair and keep the other record; it is never resurrected.</summary>
    Keep,

    /// <summary>Delete the other record too (where the direction allows writing that side).</summary>
    Propagate,

    /// <summary>Move the other record to quarantine ("ContactSync trash" group or tag).</summary>
    Quarantine,
}
