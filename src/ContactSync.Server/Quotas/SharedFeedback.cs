using ContactSync.Http.Quotas;
using ContactSync.Storage.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>What the shared ledger writes when a service answers: a refusal's pause and slow-down, use counted by the service beyond the servers'.</summary>
internal static class SharedFeedback
{
    /// <summary>The quota pauses (Retry-After, else the rules' pause) and its pace drops by the decrease factor, for every server.</summary>
    public static QuotaChanges Slowed(QuotaSettings settings, SharedQuotaState state, QuotaLimit limit, TimeSpan? retryAfter, long now)
    {
        var feedback = settings.Feedback;
        var factor = state.Exists ? QuotaRules.Recovered(settings, limit, state.Factor, state.FactorSinceTicks, now) : 1;
        var paused = Math.Max(state.PausedUntilTicks, now + Math.Max(1, QuotaRules.Pause(settings, limit, retryAfter).Ticks));
        var changes = new QuotaChanges();
        changes.Keys.Add(new QuotaKeyChange(state.Key, (int)limit.Kind, limit.Limit, limit.Window.Ticks, paused,
            Math.Max(feedback.MinimumFactor, factor * feedback.DecreaseFactor), now));
        return changes;
    }

    /// <summary>
    /// Use the service counts (the limit less <paramref name="remaining"/>) beyond what the servers took — their counted chunks
    /// less this server's <paramref name="unspent"/> units — is counted as spent now by someone else.
    /// </summary>
    public static QuotaChanges Foreign(QuotaSettings settings, SharedQuotaState state, QuotaLimit limit, long remaining, long unspent, long now)
    {
        var usedByService = limit.Limit - Math.Max(0, remaining);
        var ours = state.Counted - unspent;
        if (usedByService <= ours)
        {
            return QuotaChanges.None;
        }

        var changes = new QuotaChanges();
        changes.Chunks.Add(new QuotaChunkGrant(state.Key, now, now, now + QuotaRules.AccountedWindow(settings, limit), usedByService - ours));
        return changes;
    }
}
