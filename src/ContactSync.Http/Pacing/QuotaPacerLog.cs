using Microsoft.Extensions.Logging;

namespace ContactSync.Http.Pacing;

internal static partial class QuotaPacerLog
{
    [LoggerMessage(EventId = 3200, EventName = "QuotaRefused", Level = LogLevel.Warning,
        Message = "Quota {Key} refused a call the pacer let through (someone else uses it?): pausing and slowing it down (Retry-After: {RetryAfter})")]
    public static partial void Refused(ILogger logger, string key, string retryAfter);

    [LoggerMessage(EventId = 3201, EventName = "QuotaRemaining", Level = LogLevel.Debug,
        Message = "Quota {Key}: the service reports {Remaining} units left")]
    public static partial void Remaining(ILogger logger, string key, long remaining);

    [LoggerMessage(EventId = 3202, EventName = "QuotaLedgerFailed", Level = LogLevel.Error,
        Message = "The quota ledger failed; waiting calls are tried again in {DelayMs} ms")]
    public static partial void LedgerFailed(ILogger logger, Exception exception, double delayMs);
}
