namespace ContactSync.Server.Connections;

/// <summary>
/// Log messages of connections (1400–1449) and pickers (1450–1479); the CRM permission check (1480–1499) logs in ContactSync.Zoho. No secret is
/// ever passed to these methods: only kinds, ids, versions, error codes and exception type names.
/// </summary>
internal static partial class ConnectionLog
{
    [LoggerMessage(EventId = 1400, EventName = "ConnectionSet", Level = LogLevel.Information,
        Message = "{Kind} connection set to version {Version} by key {KeyId}")]
    public static partial void ConnectionSet(ILogger logger, string kind, long version, string keyId);

    [LoggerMessage(EventId = 1401, EventName = "ConnectionTested", Level = LogLevel.Information,
        Message = "{Kind} connection test succeeded in {LatencyMs} ms")]
    public static partial void ConnectionTested(ILogger logger, ContactSync.Storage.Connections.StoredConnectionKind kind, long latencyMs);

    [LoggerMessage(EventId = 1402, EventName = "ConnectionTestFailed", Level = LogLevel.Warning,
        Message = "{Kind} connection test failed after {LatencyMs} ms: {ErrorType} {ErrorCode}")]
    public static partial void ConnectionTestFailed(ILogger logger, string kind, long latencyMs, string errorType, string errorCode);

    [LoggerMessage(EventId = 1450, EventName = "LiveApiFailed", Level = LogLevel.Warning,
        Message = "{Service} call for {Operation} failed: {ErrorType} {ErrorCode}")]
    public static partial void LiveApiFailed(ILogger logger, string service, string operation, string errorType, string errorCode);
}
