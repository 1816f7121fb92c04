using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The pacing rules of the in-process ledger (<c>InProcessQuotaLedger</c>), for the shared one: the effective limit (safety
/// share, concurrency reserve, refusal slow-down), the slow-down's recovery, and the pause after a refusal.
/// </summary>
internal static class QuotaRules
{
    /// <summary>Units per window (or calls at once) the pacer allows under <paramref name="factor"/>.</summary>
    public static long Effective(QuotaSettings settings, QuotaLimit limit, double factor)
    {
        var nominal = limit.Kind == QuotaKind.Rate ? limit.Limit * settings.SafetyFraction : Math.Max(1, limit.Limit - settings.ConcurrencyReserve);
        return Math.Max(1, (long)Math.Floor(nominal * factor));
    }

    /// <summary>The slow-down <paramref name="factor"/> set at <paramref name="since"/>, after one recovery step per clean interval until <paramref name="now"/>.</summary>
    public static double Recovered(QuotaSettings settings, QuotaLimit limit, double factor, long since, long now)
    {
        if (factor >= 1)
        {
            return 1;
        }

        var interval = limit.Kind == QuotaKind.Rate ? limit.Window : settings.Scaled(settings.Feedback.ConcurrencyRecoveryInterval);
        var steps = Math.Max(0, (now - since) / Math.Max(1, interval.Ticks));
        return Math.Min(1, factor + (steps * settings.Feedback.RecoveryStep));
    }

    /// <summary>How long a quota pauses after a refusal: the service's Retry-After, else the window (at most the longest pause) or the concurrency pause.</summary>
    public static TimeSpan Pause(QuotaSettings settings, QuotaLimit limit, TimeSpan? retryAfter)
    {
        var feedback = settings.Feedback;
        var longest = settings.Scaled(feedback.LongestPause);
        return retryAfter ?? (limit.Kind == QuotaKind.Rate ? (limit.Window < longest ? limit.Window : longest) : settings.Scaled(feedback.ConcurrencyPause));
    }

    /// <summary>The window a rate quota is accounted over: its own plus the margin.</summary>
    public static long AccountedWindow(QuotaSettings settings, QuotaLimit limit) => limit.Window.Ticks + settings.WindowMargin.Ticks;
}
