namespace ContactSync.Server.Web;

/// <summary>Log messages of the settings page and the widget sign-in (event ids 1400–1499). Tickets and codes are never logged.</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 1400, EventName = "PageServed", Level = LogLevel.Information,
        Message = "Serving the settings page from {Root}")]
    public static partial void PageServed(ILogger logger, string root);

    [LoggerMessage(EventId = 1401, EventName = "PageMissing", Level = LogLevel.Warning,
        Message = "The settings page is not built ({Root} has no index.html); build the solution to produce it")]
    public static partial void PageMissing(ILogger logger, string root);

    [LoggerMessage(EventId = 1410, EventName = "TicketIssued", Level = LogLevel.Information,
        Message = "Issued a widget ticket for CRM user {CrmUserId} valid until {ExpiresAt}")]
    public static partial void TicketIssued(ILogger logger, string crmUserId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1411, EventName = "TicketRefused", Level = LogLevel.Information,
        Message = "Refused a widget ticket: {Reason}")]
    public static partial void TicketRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1412, EventName = "WidgetSignInFailed", Level = LogLevel.Warning,
        Message = "Widget sign-in failed: {Reason}")]
    public static partial void WidgetSignInFailed(ILogger logger, string reason);
}
