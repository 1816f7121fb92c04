namespace ContactSync.Emulators.Infrastructure;

/// <summary>Source-generated log messages of the emulators (event ids 9000-9099).</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(EventId = 9001, EventName = "EmulatorRequest", Level = LogLevel.Debug, Message = "{Endpoint}")]
    public static partial void Request(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 9002, EventName = "EmulatorFault", Level = LogLevel.Information, Message = "Injected fault {Kind} on {Endpoint}")]
    public static partial void Fault(ILogger logger, FaultKind kind, string endpoint);

    [LoggerMessage(EventId = 9003, EventName = "ZohoNotificationSent", Level = LogLevel.Information, Message = "Zoho notification {Operation} of channel {ChannelId} ({Count} records, attempt {Attempt}): {Outcome} {Status}")]
    public static partial void NotificationSent(ILogger logger, string operation, long channelId, int count, int attempt, Zoho.ZohoDeliveryOutcome outcome, int? status);

    [LoggerMessage(EventId = 9004, EventName = "ZohoNotificationDropped", Level = LogLevel.Information, Message = "Zoho notification {Operation} of channel {ChannelId} ({Count} records) dropped by the delivery faults")]
    public static partial void NotificationDropped(ILogger logger, string operation, long channelId, int count);
}
