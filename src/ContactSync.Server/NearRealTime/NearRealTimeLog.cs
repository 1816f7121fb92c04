using Microsoft.Extensions.Logging;

namespace ContactSync.Server.NearRealTime;

/// <summary>Log messages of near-real-time plans (event ids 3700–3799). Channel tokens are never logged.</summary>
internal static partial class NearRealTimeLog
{
    [LoggerMessage(EventId = 3700, EventName = "ChannelEnabled", Level = LogLevel.Information,
        Message = "Zoho watch channel {ChannelId} of plan {PlanId} enabled until {ExpiresUtc:u}")]
    public static partial void ChannelEnabled(ILogger logger, long channelId, string planId, DateTime expiresUtc);

    [LoggerMessage(EventId = 3701, EventName = "ChannelRenewed", Level = LogLevel.Information,
        Message = "Zoho watch channel {ChannelId} of plan {PlanId} renewed until {ExpiresUtc:u}")]
    public static partial void ChannelRenewed(ILogger logger, long channelId, string planId, DateTime expiresUtc);

    [LoggerMessage(EventId = 3702, EventName = "ChannelRemoved", Level = LogLevel.Information,
        Message = "Zoho watch channel {ChannelId} of plan {PlanId} disabled (the plan was deleted, disabled or is no longer near-real-time)")]
    public static partial void ChannelRemoved(ILogger logger, long channelId, string planId);

    [LoggerMessage(EventId = 3703, EventName = "ChannelFailed", Level = LogLevel.Warning,
        Message = "Zoho watch channel of plan {PlanId} could not be kept; tried again later")]
    public static partial void ChannelFailed(ILogger logger, string planId, Exception exception);

    [LoggerMessage(EventId = 3704, EventName = "ChannelLost", Level = LogLevel.Information,
        Message = "Zoho watch channel {ChannelId} of plan {PlanId} is gone at Zoho (expired or removed): enabling it again")]
    public static partial void ChannelLost(ILogger logger, long channelId, string planId);

    [LoggerMessage(EventId = 3710, EventName = "NotificationRefused", Level = LogLevel.Warning,
        Message = "Zoho notification refused ({Reason}) for channel {ChannelId} from {Remote}; nothing done")]
    public static partial void NotificationRefused(ILogger logger, string reason, string channelId, string remote);

    [LoggerMessage(EventId = 3711, EventName = "NotificationReceived", Level = LogLevel.Debug,
        Message = "Zoho notification for plan {PlanId}: {Operation} of {Count} record(s)")]
    public static partial void NotificationReceived(ILogger logger, string planId, string operation, int count);

    [LoggerMessage(EventId = 3712, EventName = "NotificationRepeated", Level = LogLevel.Debug,
        Message = "Zoho notification for plan {PlanId} received before; ignored")]
    public static partial void NotificationRepeated(ILogger logger, string planId);

    [LoggerMessage(EventId = 3713, EventName = "NotificationsThrottled", Level = LogLevel.Warning,
        Message = "Zoho notifications from {Remote} answered 429 until {UntilUtc:u}: {Refused} refused this minute (forged or malformed)")]
    public static partial void NotificationsThrottled(ILogger logger, string remote, int refused, DateTime untilUtc);

    [LoggerMessage(EventId = 3720, EventName = "ChangesDispatched", Level = LogLevel.Information,
        Message = "Near-real-time run {RunId} of plan {PlanId}: {CrmCount} CRM record(s), Google changed: {Google}")]
    public static partial void ChangesDispatched(ILogger logger, string runId, string planId, int crmCount, bool google);

    [LoggerMessage(EventId = 3721, EventName = "DispatchFailed", Level = LogLevel.Warning,
        Message = "Near-real-time run of plan {PlanId} could not start; its changes wait for the next attempt")]
    public static partial void DispatchFailed(ILogger logger, string planId, Exception exception);

    [LoggerMessage(EventId = 3730, EventName = "GooglePollFailed", Level = LogLevel.Warning,
        Message = "Google poll of plan {PlanId} failed; polled again later")]
    public static partial void GooglePollFailed(ILogger logger, string planId, Exception exception);

    [LoggerMessage(EventId = 3731, EventName = "GoogleChanged", Level = LogLevel.Debug,
        Message = "Google poll of plan {PlanId} saw changes")]
    public static partial void GoogleChanged(ILogger logger, string planId);

    [LoggerMessage(EventId = 3740, EventName = "LoopFailed", Level = LogLevel.Error,
        Message = "Near-real-time step {Step} failed")]
    public static partial void LoopFailed(ILogger logger, string step, Exception exception);
}
