namespace ContactSync.Client.Models;

/// <summary>A record that failed in a run.</summary>
public sealed record RunErrorInfo
{
    /// <summary>The run in which the record last failed.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The side whose write or read failed.</summary>
    public SyncSide Side { get; init; }

    /// <summary>The CRM record id or Google resource name.</summary>
    public string RecordId { get; init; } = "";

    /// <summary>The record's primary email.</summary>
    public string Email { get; init; } = "";

    /// <summary>A stable code, e.g. "MANDATORY_NOT_FOUND".</summary>
    public string Code { get; init; } = "";

    /// <summary>What went wrong.</summary>
    public string Message { get; init; } = "";

    /// <summary>How many runs retried the record.</summary>
    public int Retries { get; init; }

    /// <summary>When it failed.</summary>
    public DateTimeOffset? Time { get; init; }
}
