using ContactSync.Core.Engine;

namespace ContactSync.Server.Runs.Events;

/// <summary>Writes to one side so far.</summary>
/// <param name="Created">Records created.</param>
/// <param name="Updated">Records updated.</param>
/// <param name="Deleted">Records deleted or quarantined.</param>
/// <param name="Failed">Writes that failed.</param>
internal sealed record RunCounts(int Created, int Updated, int Deleted, int Failed)
{
    /// <summary>A copy of the engine's tally.</summary>
    public static RunCounts From(SideTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new(tally.Created, tally.Updated, tally.Deleted, tally.Failed);
    }
}
