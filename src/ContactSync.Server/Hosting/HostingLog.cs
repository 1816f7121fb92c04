namespace ContactSync.Server.Hosting;

/// <summary>Log messages of start-up and hosting (event ids 1000–1099). Secrets are never passed to these methods.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1000, EventName = "Listening", Level = LogLevel.Information,
        Message = "ContactSync is serving native gRPC (HTTP/2) on {GrpcAddress} and gRPC-Web (HTTP/1.1) on {GrpcWebAddress}")]
    public static partial void Listening(ILogger logger, Uri grpcAddress, Uri grpcWebAddress);

    [LoggerMessage(EventId = 1001, EventName = "DatabaseReady", Level = LogLevel.Information,
        Message = "Database {DataDirectory} is ready ({MigrationCount} migrations applied now)")]
    public static partial void DatabaseReady(ILogger logger, string dataDirectory, int migrationCount);

    [LoggerMessage(EventId = 1002, EventName = "BootstrapKeyConfigured", Level = LogLevel.Information,
        Message = "Stored the configured bootstrap admin key {KeyId}")]
    public static partial void BootstrapKeyConfigured(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1003, EventName = "BootstrapKeyGenerated", Level = LogLevel.Warning,
        Message = "Fresh database: generated the bootstrap admin key {KeyId} and printed it once to standard output; it is not shown again")]
    public static partial void BootstrapKeyGenerated(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1004, EventName = "KeysResalted", Level = LogLevel.Information,
        Message = "Gave {Count} API key(s) of an older database a per-key salt; they keep working")]
    public static partial void KeysResalted(ILogger logger, int count);

    [LoggerMessage(EventId = 1005, EventName = "KeyRingProtection", Level = LogLevel.Information,
        Message = "The Data Protection key ring in {KeysFolder} (it encrypts the stored connection secrets) is protected by {Protection}")]
    public static partial void KeyRingProtection(ILogger logger, string keysFolder, string protection);

    [LoggerMessage(EventId = 1020, EventName = "HeartbeatFailed", Level = LogLevel.Warning,
        Message = "This server's heartbeat in the replica list could not be written; tried again at the next one")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);
}
