namespace ContactSync.Emulators.Infrastructure;

/// <summary>Source-generated log messages of the emulators (event ids 9000-9099).</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(EventId = 9001, EventName = "EmulatorRequest", Level = LogLevel.Debug, Message = "{Endpoint}")]
    public static partial void Request(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 9002, EventName = "EmulatorFault", Level = LogLevel.Information, Message = "Injected fault {Kind} on {Endpoint}")]
    public static partial void Fault(ILogger logger, FaultKind kind, string endpoint);
}
