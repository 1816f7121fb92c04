namespace ContactSync.Client.Models;

/// <summary>Counts of writes to one side.</summary>
public sealed record SideCountsInfo
{
    /// <summary>Records created.</summary>
    public int Created { get; init; }

    /// <summary>Records updated.</summary>
    public int Updated { get; init; }

    /// <summary>Records deleted or quarantined.</summary>
    public int Deleted { get; init; }

    /// <summary>Records whose write failed.</summary>
    public int Failed { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"+{Created} ~{Updated} -{Deleted} !{Failed}";
}
