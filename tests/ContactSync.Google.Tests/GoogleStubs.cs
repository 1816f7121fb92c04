using System.Net;
using ContactSync.Testing.Http;

namespace ContactSync.Google.Tests;

/// <summary>The token endpoint's answer and the client options the Google client tests run against.</summary>
internal static class GoogleStubs
{
    /// <summary>A token for a request to the stub token endpoint; null for an API call.</summary>
    public static HttpResponseMessage? Token(HttpRequestMessage request) => request.RequestUri!.AbsolutePath == "/token"
        ? HttpAnswers.Json(HttpStatusCode.OK, """{"access_token":"g-at","token_type":"Bearer","expires_in":3600}""")
        : null;

    /// <summary>Options for the stub endpoints with three quick retries.</summary>
    public static GoogleClientOptions Options() => new()
    {
        ApiBaseUrl = "http://google.test",
        TokenUrl = "http://google.test/token",
        ClientId = "cid",
        ClientSecret = "cs",
        RefreshToken = "rt",
        MaxRetries = 3,
        BaseRetryDelay = TimeSpan.FromMilliseconds(1),
    };
}
