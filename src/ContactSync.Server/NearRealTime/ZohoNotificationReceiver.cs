using System.Globalization;
using ContactSync.Storage.NearRealTime;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Takes a Zoho callback: checks its channel and token (constant time against the stored hash), drops a repeated delivery
/// (same channel, ids, operation and Zoho server time), records the named records as waiting changes of the channel's plan
/// and wakes the dispatcher, which runs them after the debounce. A refused callback changes nothing and is logged (the first
/// <see cref="NearRealTimeSettings.RefusalsPerMinute"/> of an address per minute; <see cref="NotificationGate"/> throttles the rest).
/// </summary>
internal sealed class ZohoNotificationReceiver(
    IWatchChannelStore channels,
    IChangeHintStore hints,
    NotificationGate gate,
    NearRealTimeWake wake,
    TimeProvider time,
    ILogger<ZohoNotificationReceiver> logger)
{
    public async Task<NotificationOutcome> ReceiveAsync(ZohoNotification notification, string remote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var channel = long.TryParse(notification.ChannelId, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId)
            ? await channels.FindAsync(channelId, cancellationToken)
            : null;
        if (channel is null)
        {
            return Refuse("unknown channel", Shorten(notification.ChannelId), remote);
        }

        if (channel.TokenHash.Length == 0 || !ChannelTokens.Matches(channel.TokenHash, notification.Token))
        {
            return Refuse("wrong token", notification.ChannelId, remote);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var key = ChannelTokens.ReceiptKey(channelId, notification.Ids, notification.ServerTime, notification.Operation);
        if (!await hints.TryRecordReceiptAsync(key, now, cancellationToken))
        {
            NearRealTimeLog.NotificationRepeated(logger, channel.PlanId);
            return NotificationOutcome.Repeated;
        }

        await channels.TouchAsync(channelId, now, cancellationToken);
        NearRealTimeLog.NotificationReceived(logger, channel.PlanId, notification.Operation, notification.Ids.Count);
        if (notification.Ids.Count > 0)
        {
            await hints.AddAsync(channel.PlanId, notification.Ids, google: false, now, cancellationToken);
            wake.Signal();
        }

        return NotificationOutcome.Accepted;
    }

    private NotificationOutcome Refuse(string reason, string channelId, string remote)
    {
        if (gate.Refused(remote))
        {
            NearRealTimeLog.NotificationRefused(logger, reason, channelId, remote);
        }

        return NotificationOutcome.Refused;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
