using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Storage.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>A quota's state as every server on the database sees it, in the pacing library's terms.</summary>
internal static class SharedQuotaStatus
{
    /// <summary>The status of <paramref name="state"/> at <paramref name="now"/>; null when no call has charged it yet.</summary>
    public static QuotaKeyStatus? From(QuotaSettings settings, SharedQuotaState state, long now)
    {
        if (!state.Exists || state.Limit <= 0)
        {
            return null;
        }

        var kind = (QuotaKind)state.Kind;
        var rate = kind == QuotaKind.Rate;
        var limit = rate ? QuotaLimit.Rate(state.Limit, TimeSpan.FromTicks(Math.Max(1, state.WindowTicks))) : QuotaLimit.Concurrency(state.Limit);
        var factor = QuotaRules.Recovered(settings, limit, state.Factor, state.FactorSinceTicks, now);
        return new QuotaKeyStatus(new QuotaKey(state.Key), limit, QuotaRules.Effective(settings, limit, factor),
            rate ? TimeSpan.FromTicks(QuotaRules.AccountedWindow(settings, limit)) : TimeSpan.Zero,
            rate ? state.Counted : state.OthersSlots + state.OwnSlots, factor,
            state.PausedUntilTicks > now ? new DateTimeOffset(state.PausedUntilTicks, TimeSpan.Zero) : null);
    }
}
