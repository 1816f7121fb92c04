namespace ContactSync.Emulators.Org;

/// <summary>One CRM user of a seeded organisation with their own Google account.</summary>
/// <param name="ZohoUserId">The CRM user id.</param>
/// <param name="Email">The user's email: CRM login and Google Workspace account.</param>
/// <param name="ZohoRefreshToken">A Zoho refresh token of this user.</param>
/// <param name="GoogleRefreshToken">A Google OAuth refresh token of this user's account (refresh_token grant).</param>
/// <param name="GoogleContactSyncGroup">The "ContactSync" group in this user's Google account.</param>
public sealed record OrgUser(string ZohoUserId, string Email, string ZohoRefreshToken, string GoogleRefreshToken, string GoogleContactSyncGroup);
