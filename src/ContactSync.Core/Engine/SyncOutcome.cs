namespace ContactSync.Core.Engine;

/// <summary>How a run ended.</summary>
public enum SyncOutcome
{
    /// <summary>Everything planned was applied.</summary>
    Succeeded,

    /// <summary>Some records failed; they are retried next run.</summary>
    PartiallySucceeded,

    /// <summary>The mass-deletion breaker paused the run before it wrote anything.</summary>
    PausedByBreaker,
}
