using Microsoft.Extensions.Logging;

namespace ContactSync.Zoho.Access;

/// <summary>Log messages of the CRM permission check (event ids 1480–1499, as before the check moved here from the server).</summary>
internal static partial class ZohoAccessLog
{
    [LoggerMessage(EventId = 1480, EventName = "CrmAccessDenied", Level = LogLevel.Information,
        Message = "CRM user {CrmUserId} may not sync {Direction}: rule {Rule}")]
    public static partial void CrmAccessDenied(ILogger logger, string crmUserId, string direction, string rule);

    [LoggerMessage(EventId = 1481, EventName = "CrmAccessGranted", Level = LogLevel.Debug,
        Message = "CRM user {CrmUserId} may sync {Direction}; sees {Scope}")]
    public static partial void CrmAccessGranted(ILogger logger, string crmUserId, string direction, string scope);
}
