namespace ContactSync.Server.Plans;

/// <summary>Log messages of plans (event ids 1200–1299).</summary>
internal static partial class PlanLog
{
    [LoggerMessage(EventId = 1200, EventName = "PlanCreated", Level = LogLevel.Information,
        Message = "Plan {PlanId} '{PlanName}' created for CRM user {CrmUserId} by key {KeyId}")]
    public static partial void PlanCreated(ILogger logger, string planId, string planName, string crmUserId, string keyId);

    [LoggerMessage(EventId = 1201, EventName = "PlanUpdated", Level = LogLevel.Information,
        Message = "Plan {PlanId} updated to version {Version} by key {KeyId}")]
    public static partial void PlanUpdated(ILogger logger, string planId, long version, string keyId);

    [LoggerMessage(EventId = 1202, EventName = "PlanDeleted", Level = LogLevel.Information,
        Message = "Plan {PlanId} '{PlanName}' deleted by key {KeyId}")]
    public static partial void PlanDeleted(ILogger logger, string planId, string planName, string keyId);

    [LoggerMessage(EventId = 1203, EventName = "PlanRolledOut", Level = LogLevel.Information,
        Message = "Roll-out for CRM user {CrmUserId}: {Outcome} {Reason} (validate only: {ValidateOnly}) by key {KeyId}")]
    public static partial void RolledOut(ILogger logger, string crmUserId, string outcome, string reason, bool validateOnly, string keyId);
}
