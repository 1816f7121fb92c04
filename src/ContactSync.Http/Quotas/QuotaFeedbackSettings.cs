namespace ContactSync.Http.Quotas;

/// <summary>
/// How a refusal (429) that still comes slows a quota down: the key pauses (Retry-After when the service sends one, else the
/// defaults below) and its pace drops by <see cref="DecreaseFactor"/> (multiplicative decrease), then recovers by
/// <see cref="RecoveryStep"/> per clean interval (slow additive recovery). Someone else using the same quota is the usual cause.
/// </summary>
public sealed record QuotaFeedbackSettings
{
    /// <summary>The pace is multiplied by this after a refusal. Default 0.5.</summary>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>The pace never drops below this share of the limit. Default 0.1.</summary>
    public double MinimumFactor { get; init; } = 0.1;

    /// <summary>Share of the limit given back per clean interval (a rate quota's window; <see cref="ConcurrencyRecoveryInterval"/>). Default 0.1.</summary>
    public double RecoveryStep { get; init; } = 0.1;

    /// <summary>
    /// The longest pause of a rate quota after a refusal without Retry-After (real time, compressed by the time scale): the
    /// window itself when shorter (Google's minute), else this (Zoho's 24 hours). Default 1 hour.
    /// </summary>
    public TimeSpan LongestPause { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The pause of a concurrency quota after a refusal without Retry-After (real time, compressed). Default 1 second.</summary>
    public TimeSpan ConcurrencyPause { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a concurrency quota recovers one <see cref="RecoveryStep"/> (real time, compressed). Default 1 minute.</summary>
    public TimeSpan ConcurrencyRecoveryInterval { get; init; } = TimeSpan.FromMinutes(1);
}
