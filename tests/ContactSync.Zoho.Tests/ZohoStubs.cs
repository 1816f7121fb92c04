using System.Net;
using ContactSync.Testing.Http;

namespace ContactSync.Zoho.Tests;

/// <summary>The token endpoint's answers and the client options the Zoho client tests run against.</summary>
internal static class ZohoStubs
{
    public const string TokenPath = "/oauth/v2/token";

    /// <summary>The token answer numbered <paramref name="n"/> ("at-{n}").</summary>
    public static HttpResponseMessage Token(int n) =>
        HttpAnswers.Json(HttpStatusCode.OK, $$"""{"access_token":"at-{{n}}","api_domain":"x","token_type":"Bearer","expires_in":3600}""");

    /// <summary>Options for the stub endpoints with three quick retries.</summary>
    public static ZohoClientOptions Options() => new()
    {
        ApiBaseUrl = "http://zoho.test",
        AccountsUrl = "http://accounts.test",
        ClientId = "id",
        ClientSecret = "secret",
        RefreshToken = "refresh",
        MaxRetries = 3,
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
    };
}
