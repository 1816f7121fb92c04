namespace ContactSync.Server.Quotas;

internal static partial class QuotaLog
{
    [LoggerMessage(EventId = 3300, EventName = "QuotaLedgerHeartbeatFailed", Level = LogLevel.Warning,
        Message = "The shared quota ledger of {Holder} could not renew its slots or hand back ended chunks; it tries again at the next heartbeat")]
    public static partial void LedgerHeartbeatFailed(ILogger logger, string holder, Exception exception);

    [LoggerMessage(EventId = 3301, EventName = "QuotaLedgerLeaveFailed", Level = LogLevel.Warning,
        Message = "The shared quota ledger of {Holder} could not hand back its chunks and slots at shutdown; they count until they expire")]
    public static partial void LedgerLeaveFailed(ILogger logger, string holder, Exception exception);
}
