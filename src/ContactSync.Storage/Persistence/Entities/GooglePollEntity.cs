namespace ContactSync.Storage.Persistence.Entities;

/// <summary>The Google sync-token poll of a near-real-time plan.</summary>
internal sealed class GooglePollEntity
{
    public string PlanId { get; set; } = "";

    /// <summary>When the next poll is due; a server that polls moves it first (its claim).</summary>
    public DateTime NextPollUtc { get; set; }

    public long IntervalTicks { get; set; }

    /// <summary>The token polls read from while they saw only the engine's own writes; null: the plan's cursor token.</summary>
    public string? PollToken { get; set; }

    /// <summary>The plan's cursor token <see cref="PollToken"/> was derived from (a run that moved the cursor makes it stale).</summary>
    public string? BaseToken { get; set; }

    public DateTime? LastPollUtc { get; set; }

    public DateTime? LastChangeUtc { get; set; }

    public string LastError { get; set; } = "";
}
