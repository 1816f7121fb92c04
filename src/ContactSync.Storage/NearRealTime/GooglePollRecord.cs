namespace ContactSync.Storage.NearRealTime;

/// <summary>The Google sync-token poll of a near-real-time plan, as stored.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="NextPollUtc">When the next poll is due.</param>
/// <param name="Interval">The current (adaptive) interval between polls.</param>
/// <param name="PollToken">The token polls read from while they saw only the engine's own writes; null: the plan's cursor token.</param>
/// <param name="BaseToken">The cursor token <paramref name="PollToken"/> was derived from.</param>
/// <param name="LastPollUtc">When the last poll was made, if ever.</param>
/// <param name="LastChangeUtc">When a poll last saw a change to sync, if ever.</param>
/// <param name="LastError">Why the last poll failed ("" after a success).</param>
public sealed record GooglePollRecord(
    string PlanId,
    DateTime NextPollUtc,
    TimeSpan Interval,
    string? PollToken,
    string? BaseToken,
    DateTime? LastPollUtc,
    DateTime? LastChangeUtc,
    string LastError);
