using ContactSync.Http;

namespace ContactSync.Zoho;

/// <summary>Connection settings of one Zoho CRM org/user for <see cref="ZohoCrmClient"/>; retries and timeouts in <see cref="ApiRetryOptions"/>.</summary>
public sealed class ZohoClientOptions : ApiRetryOptions
{
    /// <summary>The data centre: "us", "eu", "in", "au", "jp", "ca", "cn" or "sa". Default "us".</summary>
    public string DataCenter { get; set; } = "us";

    /// <summary>
    /// Overrides the API domain (e.g. an emulator's base address). When unset, calls go to the <c>api_domain</c> the
    /// accounts server names with each access token (the org's data centre), and before that to <see cref="DataCenter"/>'s.
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Overrides the accounts (OAuth) server of <see cref="DataCenter"/>.</summary>
    public string? AccountsUrl { get; set; }

    /// <summary>The OAuth client id.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The OAuth client secret. Never logged.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The OAuth refresh token of the CRM user the client acts as. Never logged.</summary>
    public string RefreshToken { get; set; } = "";

    /// <summary>How long before its expiry an access token is refreshed. Default 5 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The API base URL configured (override, else the data centre's); see <see cref="ZohoCrmClient.ApiBaseUrl"/> for the one in use.</summary>
    public string EffectiveApiBaseUrl => (ApiBaseUrl ?? ZohoDataCenters.Get(DataCenter).ApiBaseUrl).TrimEnd('/');

    /// <summary>The accounts server URL in effect (override, else the data centre's).</summary>
    public string EffectiveAccountsUrl => (AccountsUrl ?? ZohoDataCenters.Get(DataCenter).AccountsUrl).TrimEnd('/');
}
