namespace ContactSync.Client.Models;

/// <summary>What started a run.</summary>
public enum RunTrigger
{
    /// <summary>Not reported.</summary>
    Unknown = 0,

    /// <summary>Started on demand (API, PowerShell).</summary>
    Manual = 1,

    /// <summary>Started by the scheduler.</summary>
    Scheduled = 2,

    /// <summary>A scheduler retry of a failed run.</summary>
    Retry = 3,

    /// <summary>A Zoho notification or a Google poll of a near-real-time plan.</summary>
    NearRealTime = 4,
}
