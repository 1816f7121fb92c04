using Grpc.Core;

namespace ContactSync.Server.Logging;

/// <summary>
/// Every log message of the server. Event ids by range: 1000–1099 hosting and storage, 1100–1199 authentication,
/// 1200–1299 plans, 1300–1399 API keys, 1900–1999 request failures. Secrets are never passed to these methods.
/// </summary>
internal static partial class ServerLog
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

    [LoggerMessage(EventId = 1100, EventName = "MissingApiKey", Level = LogLevel.Information,
        Message = "Refused {Method}: no API key")]
    public static partial void MissingApiKey(ILogger logger, string method);

    [LoggerMessage(EventId = 1101, EventName = "InvalidApiKey", Level = LogLevel.Warning,
        Message = "Refused {Method}: invalid, unknown or revoked API key (key id {KeyId})")]
    public static partial void InvalidApiKey(ILogger logger, string method, string keyId);

    [LoggerMessage(EventId = 1200, EventName = "PlanCreated", Level = LogLevel.Information,
        Message = "Plan {PlanId} '{PlanName}' created for CRM user {CrmUserId} by key {KeyId}")]
    public static partial void PlanCreated(ILogger logger, string planId, string planName, string crmUserId, string keyId);

    [LoggerMessage(EventId = 1201, EventName = "PlanUpdated", Level = LogLevel.Information,
        Message = "Plan {PlanId} updated to version {Version} by key {KeyId}")]
    public static partial void PlanUpdated(ILogger logger, string planId, long version, string keyId);

    [LoggerMessage(EventId = 1202, EventName = "PlanDeleted", Level = LogLevel.Information,
        Message = "Plan {PlanId} '{PlanName}' deleted by key {KeyId}")]
    public static partial void PlanDeleted(ILogger logger, string planId, string planName, string keyId);

    [LoggerMessage(EventId = 1300, EventName = "ApiKeyCreated", Level = LogLevel.Information,
        Message = "API key {KeyId} ({Role}) created by key {ByKeyId}")]
    public static partial void ApiKeyCreated(ILogger logger, string keyId, string role, string byKeyId);

    [LoggerMessage(EventId = 1301, EventName = "ApiKeyRevoked", Level = LogLevel.Information,
        Message = "API key {KeyId} revoked by key {ByKeyId}")]
    public static partial void ApiKeyRevoked(ILogger logger, string keyId, string byKeyId);

    [LoggerMessage(EventId = 1900, EventName = "RequestFailed", Level = LogLevel.Information,
        Message = "{Method} answered {StatusCode}: {Detail}")]
    public static partial void RequestFailed(ILogger logger, string method, StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 1901, EventName = "UnexpectedFailure", Level = LogLevel.Error,
        Message = "{Method} failed unexpectedly; answered INTERNAL")]
    public static partial void UnexpectedFailure(ILogger logger, string method, Exception exception);
}
