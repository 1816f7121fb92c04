namespace ContactSync.Zoho;

/// <summary>The result of a connection test.</summary>
/// <param name="ApiBaseUrl">The API base URL used.</param>
/// <param name="AccessTokenExpiresAt">When the current access token expires.</param>
/// <param name="User">The CRM user the refresh token belongs to.</param>
public sealed record ZohoTokenInfo(string ApiBaseUrl, DateTimeOffset AccessTokenExpiresAt, ZohoUser User);
