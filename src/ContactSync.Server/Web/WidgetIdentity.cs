namespace ContactSync.Server.Web;

/// <summary>A CRM user as Zoho confirmed it to the server (never as the browser claimed it).</summary>
/// <param name="CrmUserId">The Zoho CRM user id.</param>
/// <param name="DisplayName">The user's full name.</param>
/// <param name="Email">The user's email.</param>
/// <param name="ExpiresAt">When a ticket for this user stops being accepted.</param>
internal sealed record WidgetIdentity(string CrmUserId, string DisplayName, string Email, DateTimeOffset ExpiresAt);
