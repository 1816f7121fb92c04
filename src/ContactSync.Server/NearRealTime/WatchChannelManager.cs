using System.Collections.Concurrent;
using ContactSync.Core.Diagnostics;
using ContactSync.Core.Plans;
using ContactSync.Server.Connections;
using ContactSync.Server.Hosting;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.NearRealTime;
using ContactSync.Zoho;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Keeps one Zoho Watch channel per near-real-time plan: enables it (a random channel id and token; only the token's hash
/// is stored), renews it well before it ends, checks that Zoho still has it and enables it again when not (expired,
/// removed), and disables it when its plan is deleted, disabled or no longer near-real-time. A channel this process has not
/// enabled itself (after a restart) is enabled again with a fresh token: nothing relies on a channel outliving a process.
/// Replicas share the channels through claims in the database (<see cref="IWatchChannelStore"/>).
/// </summary>
internal sealed class WatchChannelManager(
    NearRealTimePlans plans,
    IWatchChannelStore channels,
    IChangeHintStore hints,
    IGooglePollStore polls,
    ISyncClientFactory clients,
    PlanLeasing leasing,
    ServerEndpoints endpoints,
    TimeProvider time,
    IOptions<NearRealTimeSettings> settings,
    ILogger<WatchChannelManager> logger)
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>Channels this process enabled (with the token it holds the hash of), by channel id.</summary>
    private readonly ConcurrentDictionary<long, bool> _enabledHere = new();

    /// <summary>The path Zoho POSTs notifications to.</summary>
    public const string NotificationPath = "/zoho/notifications";

    /// <summary>Where Zoho sends the callbacks.</summary>
    public string NotifyUrl
    {
        get
        {
            var baseUrl = settings.Value.PublicBaseUrl.Length > 0 ? settings.Value.PublicBaseUrl : endpoints.GrpcWebAddress.ToString();
            return baseUrl.TrimEnd('/') + NotificationPath;
        }
    }

    /// <summary>Brings every channel in line with the plans once; returns how many Zoho calls failed.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var wanted = await plans.ListAsync(cancellationToken);
        var stored = await channels.ListAsync(cancellationToken);
        var failures = 0;
        foreach (var channel in stored.Where(c => !wanted.ContainsKey(c.PlanId)))
        {
            failures += await TryAsync(channel.PlanId, () => RemoveAsync(channel, cancellationToken)) ? 0 : 1;
        }

        foreach (var plan in wanted.Values)
        {
            var channel = stored.FirstOrDefault(c => c.PlanId == plan.Id);
            failures += await TryAsync(plan.Id, () => KeepAsync(plan, channel, cancellationToken)) ? 0 : 1;
        }

        return failures;
    }

    private async Task<bool> TryAsync(string planId, Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            NearRealTimeLog.ChannelFailed(logger, planId, ex);
            return false;
        }
    }

    private async Task KeepAsync(StoredSyncPlan plan, WatchChannelRecord? channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (channel is null)
        {
            channel = new WatchChannelRecord(plan.Id, ChannelTokens.NewChannelId(), [], NotifyUrl, WatchChannelStates.Pending, null, now, null, null, "");
            if (!await channels.TryAddAsync(channel, leasing.Holder, now + ClaimDuration, cancellationToken))
            {
                return;
            }
        }
        else if (!await channels.TryClaimAsync(plan.Id, leasing.Holder, now, now + ClaimDuration, cancellationToken))
        {
            return;
        }

        try
        {
            await KeepClaimedAsync(plan, channel, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var latest = await channels.GetAsync(plan.Id, cancellationToken) ?? channel;
            await channels.SaveAsync(latest with { State = WatchChannelStates.Failed, LastError = ex.Message }, leasing.Holder, CancellationToken.None);
            throw;
        }
    }

    private async Task KeepClaimedAsync(StoredSyncPlan plan, WatchChannelRecord channel, DateTime now, CancellationToken cancellationToken)
    {
        var zoho = await clients.CreateZohoAsync(NullApiCallObserver.Instance, cancellationToken);
        var live = channel.State == WatchChannelStates.Active && _enabledHere.ContainsKey(channel.ChannelId) && channel.NotifyUrl == NotifyUrl;
        if (live && channel.ExpiresUtc is { } expires && expires - now <= settings.Value.RenewBefore)
        {
            var renewed = await RenewAsync(zoho, channel, now, cancellationToken);
            live = renewed is not null;
            if (renewed is not null)
            {
                await channels.SaveAsync(renewed, leasing.Holder, cancellationToken);
                NearRealTimeLog.ChannelRenewed(logger, channel.ChannelId, plan.Id, renewed.ExpiresUtc ?? now);
                return;
            }
        }
        else if (live && await zoho.GetWatchAsync(channel.ChannelId, cancellationToken) is null)
        {
            NearRealTimeLog.ChannelLost(logger, channel.ChannelId, plan.Id);
            live = false;
        }

        if (live)
        {
            await channels.SaveAsync(channel, leasing.Holder, cancellationToken);
            return;
        }

        await EnableAsync(zoho, plan, channel, now, cancellationToken);
    }

    /// <summary>Moves the channel's expiry; null when Zoho no longer has it (then it is enabled again).</summary>
    private async Task<WatchChannelRecord?> RenewAsync(ZohoCrmClient zoho, WatchChannelRecord channel, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            var state = await zoho.RenewWatchAsync(channel.ChannelId, NotifyUrl, now + settings.Value.ChannelLifetime, cancellationToken);
            return channel with { ExpiresUtc = (state.Expiry ?? now + settings.Value.ChannelLifetime).UtcDateTime, RenewedUtc = now, LastError = "" };
        }
        catch (ZohoApiException ex) when (ex.HttpStatus is >= 400 and < 500 && ex.HttpStatus != 429)
        {
            NearRealTimeLog.ChannelLost(logger, channel.ChannelId, channel.PlanId);
            return null;
        }
    }

    private async Task EnableAsync(ZohoCrmClient zoho, StoredSyncPlan plan, WatchChannelRecord channel, DateTime now, CancellationToken cancellationToken)
    {
        // The new token's hash is stored before Zoho knows the token, so its first callback is recognised.
        var token = ChannelTokens.NewToken();
        var pending = channel with { TokenHash = ChannelTokens.Hash(token), NotifyUrl = NotifyUrl, State = WatchChannelStates.Pending };
        await channels.SaveAsync(pending, leasing.Holder, cancellationToken);
        if (!await channels.TryClaimAsync(plan.Id, leasing.Holder, now, now + ClaimDuration, cancellationToken))
        {
            return;
        }

        var expiry = now + settings.Value.ChannelLifetime;
        var fields = ConditionFields(plan.Definition);
        var state = await zoho.EnableWatchAsync(new ZohoWatchSubscription(channel.ChannelId, NotifyUrl, token, expiry, fields), cancellationToken);
        _enabledHere[channel.ChannelId] = true;
        var active = pending with { State = WatchChannelStates.Active, ExpiresUtc = (state.Expiry ?? expiry).UtcDateTime, RenewedUtc = now, LastError = "" };
        await channels.SaveAsync(active, leasing.Holder, cancellationToken);
        NearRealTimeLog.ChannelEnabled(logger, channel.ChannelId, plan.Id, active.ExpiresUtc!.Value);
    }

    /// <summary>
    /// The mapped CRM fields when Zoho can watch them all (a field selection takes at most 10); else null: every edit is
    /// notified. Owner and view membership changes are not in the selection: the scheduled run catches them.
    /// </summary>
    private static List<string>? ConditionFields(SyncPlanDefinition plan)
    {
        var fields = plan.FieldMappings.Select(m => m.CrmField).Append(plan.CrmGoogleRefField).Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
        return fields.Count is > 0 and <= ZohoCrmClient.MaxWatchConditionFields ? fields : null;
    }

    private async Task RemoveAsync(WatchChannelRecord channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await channels.TryClaimAsync(channel.PlanId, leasing.Holder, now, now + ClaimDuration, cancellationToken))
        {
            return;
        }

        try
        {
            var zoho = await clients.CreateZohoAsync(NullApiCallObserver.Instance, cancellationToken);
            await zoho.DisableWatchAsync(channel.ChannelId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await channels.SaveAsync(channel with { State = WatchChannelStates.Failed, LastError = ex.Message }, leasing.Holder, CancellationToken.None);
            throw;
        }

        _enabledHere.TryRemove(channel.ChannelId, out _);
        await channels.RemoveAsync(channel.PlanId, channel.ChannelId, cancellationToken);
        await hints.DeletePlanAsync(channel.PlanId, cancellationToken);
        await polls.RemoveAsync(channel.PlanId, cancellationToken);
        NearRealTimeLog.ChannelRemoved(logger, channel.ChannelId, channel.PlanId);
    }
}
