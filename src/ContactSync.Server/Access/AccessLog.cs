namespace ContactSync.Server.Access;

/// <summary>Log messages of authentication (1100–1199) and API keys (1300–1399). Secrets are never passed to these methods.</summary>
internal static partial class AccessLog
{
    [LoggerMessage(EventId = 1100, EventName = "MissingApiKey", Level = LogLevel.Information,
        Message = "Refused {Method}: no API key")]
    public static partial void MissingApiKey(ILogger logger, string method);

    [LoggerMessage(EventId = 1101, EventName = "InvalidApiKey", Level = LogLevel.Warning,
        Message = "Refused {Method}: invalid, unknown or revoked API key (key id {KeyId})")]
    public static partial void InvalidApiKey(ILogger logger, string method, string keyId);

    [LoggerMessage(EventId = 1300, EventName = "ApiKeyCreated", Level = LogLevel.Information,
        Message = "API key {KeyId} ({Role}) created by key {ByKeyId}")]
    public static partial void ApiKeyCreated(ILogger logger, string keyId, ContactSync.Storage.ApiKeys.ApiKeyRole role, string byKeyId);

    [LoggerMessage(EventId = 1301, EventName = "ApiKeyRevoked", Level = LogLevel.Information,
        Message = "API key {KeyId} revoked by key {ByKeyId}")]
    public static partial void ApiKeyRevoked(ILogger logger, string keyId, string byKeyId);
}
