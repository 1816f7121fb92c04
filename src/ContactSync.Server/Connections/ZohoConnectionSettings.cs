namespace ContactSync.Server.Connections;

/// <summary>The non-secret part of the Zoho connection (stored in clear, returned by GetConnections).</summary>
/// <param name="DataCenter">"us", "eu", …; "" when both URLs are overridden.</param>
/// <param name="AccountsUrl">Override of the accounts (OAuth) URL, "" for the data centre's.</param>
/// <param name="ApiUrl">Override of the API base URL, "" for the data centre's.</param>
/// <param name="ClientId">The OAuth client id.</param>
internal sealed record ZohoConnectionSettings(string DataCenter, string AccountsUrl, string ApiUrl, string ClientId);
