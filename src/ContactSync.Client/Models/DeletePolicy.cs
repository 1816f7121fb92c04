namespace ContactSync.Client.Models;

/// <summary>What a deletion on one side does to the linked record on the other side.</summary>
public enum DeletePolicy
{
    /// <summary>Unlink the pair and keep the other record.</summary>
    Keep = 1,

    /// <summary>Delete the other record too (where the direction allows writing it).</summary>
    Propagate = 2,

    /// <summary>Move the other record to the "ContactSync trash" group or CRM tag.</summary>
    Quarantine = 3,
}
