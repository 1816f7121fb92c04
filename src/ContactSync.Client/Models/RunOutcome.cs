namespace ContactSync.Client.Models;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>The run has not ended yet.</summary>
    Running = 0,

    /// <summary>Everything planned was applied.</summary>
    Succeeded = 1,

    /// <summary>Some records failed; they are retried next run.</summary>
    PartiallySucceeded = 2,

    /// <summary>The run stopped on an error.</summary>
    Failed = 3,

    /// <summary>The run was cancelled.</summary>
    Cancelled = 4,

    /// <summary>The mass-deletion breaker paused the run before it deleted anything.</summary>
    PausedByBreaker = 5,
}
