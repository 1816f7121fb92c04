namespace ContactSync.Zoho;

/// <summary>The API domain and accounts server of one Zoho data centre.</summary>
/// <param name="ApiBaseUrl">E.g. https://www.zohoapis.com.</param>
/// <param name="AccountsUrl">E.g. https://accounts.zoho.com.</param>
public sealed record ZohoEndpoints(string ApiBaseUrl, string AccountsUrl);
