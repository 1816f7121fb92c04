namespace ContactSync.Core.Engine;

/// <summary>What a deletion on one side does to the linked record on the other side.</summary>
public enum DeletionMode
{
    /// <summary>Keep the other record and detach the pair; it is never re-created.</summary>
    Keep,

    /// <summary>Delete the other record (where the direction allows writing that side).</summary>
    Propagate,

    /// <summary>Move the other record to quarantine ("ContactSync trash" group or tag) and detach the pair.</summary>
    Quarantine,
}
