namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The mass-deletion breaker: a run that would delete or quarantine more contacts than the plan's threshold stops before
/// writing anything, and the plan stays paused until it is changed. A threshold of 0 turns it off.
/// </summary>
internal static class MassDeletionBreaker
{
    /// <summary>The reason the run stops, or null when it may go on.</summary>
    public static string? Check(int destructive, int threshold) =>
        threshold > 0 && destructive > threshold
            ? $"Paused by the mass-deletion breaker: the run would delete or quarantine {destructive} contacts (threshold {threshold}). Nothing was written."
            : null;
}
