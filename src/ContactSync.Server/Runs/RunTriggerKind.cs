namespace ContactSync.Server.Runs;

/// <summary>What started a run.</summary>
internal enum RunTriggerKind
{
    /// <summary>RunSync.</summary>
    Manual,

    /// <summary>The scheduler at the plan's interval.</summary>
    Scheduled,

    /// <summary>The scheduler retrying a failed run.</summary>
    Retry,

    /// <summary>A Zoho notification or a Google poll of a near-real-time plan: an incremental run of the changed records.</summary>
    NearRealTime,
}
