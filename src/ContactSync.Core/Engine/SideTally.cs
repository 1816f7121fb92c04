namespace ContactSync.Core.Engine;

/// <summary>Writes to one side in a run.</summary>
public sealed class SideTally
{
    /// <summary>Records created.</summary>
    public int Created { get; set; }

    /// <summary>Records updated.</summary>
    public int Updated { get; set; }

    /// <summary>Records deleted or quarantined.</summary>
    public int Deleted { get; set; }

    /// <summary>Records whose write failed.</summary>
    public int Failed { get; set; }

    /// <summary>A copy, for progress events.</summary>
    public SideTally Clone() => new() { Created = Created, Updated = Updated, Deleted = Deleted, Failed = Failed };
}
