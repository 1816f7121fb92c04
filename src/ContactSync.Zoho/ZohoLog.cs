using Microsoft.Extensions.Logging;

namespace ContactSync.Zoho;

/// <summary>Source-generated log messages of the Zoho client (event ids 3000-3099).</summary>
internal static partial class ZohoLog
{
    [LoggerMessage(EventId = 3000, EventName = "ZohoTokenRefreshed", Level = LogLevel.Information,
        Message = "Zoho access token refreshed; valid for {ExpiresInSeconds} s")]
    public static partial void TokenRefreshed(ILogger logger, double expiresInSeconds);

    [LoggerMessage(EventId = 3001, EventName = "ZohoTokenRejected", Level = LogLevel.Warning,
        Message = "Zoho rejected the access token ({Code}) on {Operation}; refreshing once")]
    public static partial void TokenRejected(ILogger logger, string code, string operation);

    [LoggerMessage(EventId = 3002, EventName = "ZohoRetry", Level = LogLevel.Warning,
        Message = "Zoho call {Operation} failed with {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 3003, EventName = "ZohoRefreshLimit", Level = LogLevel.Error,
        Message = "Zoho token refresh limit (10 per 10 minutes) reached; next refresh allowed in {WaitSeconds} s")]
    public static partial void RefreshLimitReached(ILogger logger, double waitSeconds);

    [LoggerMessage(EventId = 3004, EventName = "ZohoOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Zoho {Operation} failed after it may have been applied ({Reason}); not sent again blindly")]
    public static partial void OutcomeUnknown(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 3005, EventName = "ZohoPageTokenExpired", Level = LogLevel.Warning,
        Message = "Zoho's page token expired during a read of Contacts; reading again from the first page, skipping the {Yielded} records already read")]
    public static partial void PageTokenExpired(ILogger logger, int yielded);
}
