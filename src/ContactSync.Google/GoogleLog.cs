using Microsoft.Extensions.Logging;

namespace ContactSync.Google;

/// <summary>Source-generated log messages of the Google client (event ids 3100-3199).</summary>
internal static partial class GoogleLog
{
    [LoggerMessage(EventId = 3100, EventName = "GoogleRetry", Level = LogLevel.Warning,
        Message = "Google call {Operation} failed with {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 3101, EventName = "GoogleSyncTokenExpired", Level = LogLevel.Information,
        Message = "Google sync token expired (HTTP {StatusCode}); a full sync is needed")]
    public static partial void SyncTokenExpired(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 3102, EventName = "GoogleOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Google {Operation} failed after it may have been applied ({Reason}); not sent again blindly")]
    public static partial void OutcomeUnknown(ILogger logger, string operation, string reason);
}
