namespace ContactSync.Client.Models;

/// <summary>Progress of a running sync.</summary>
public sealed record RunProgressInfo
{
    /// <summary>The run.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The current step.</summary>
    public RunPhase Phase { get; init; }

    /// <summary>Contacts processed so far.</summary>
    public long Processed { get; init; }

    /// <summary>Contacts expected (0 while unknown).</summary>
    public long Total { get; init; }

    /// <summary>Writes to the CRM so far.</summary>
    public SideCountsInfo Crm { get; init; } = new();

    /// <summary>Writes to Google so far.</summary>
    public SideCountsInfo Google { get; init; } = new();

    /// <summary>Fields decided by the conflict option so far.</summary>
    public int Conflicts { get; init; }

    /// <summary>Records that failed so far.</summary>
    public int Errors { get; init; }

    /// <summary>A human-readable line about the step.</summary>
    public string Message { get; init; } = "";

    /// <summary>When this progress was observed.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The time the run still needs as the server predicts it from the quotas (null while unknown or not paced).</summary>
    public TimeSpan? Eta { get; init; }

    /// <summary>When the run is predicted to end (null with <see cref="Eta"/>).</summary>
    public DateTimeOffset? FinishTime { get; init; }

    /// <summary>0..100, or -1 while the total is unknown.</summary>
    public int PercentComplete => Total <= 0 ? -1 : (int)Math.Min(100, Math.Max(0, Processed * 100 / Total));

    /// <inheritdoc />
    public override string ToString() => $"{Phase}: {Processed}" + (Total > 0 ? $" of {Total}" : "") + $"; CRM {Crm}; Google {Google}";
}
