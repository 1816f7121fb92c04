using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Http;

namespace ContactSync.Google.Tests;

public sealed class GoogleCredentialTests
{
    [Fact]
    public async Task ServiceAccount_ImpersonatesUserAtConfiguredTokenUrl_AndRetriesDroppedConnection()
    {
        using var rsa = RSA.Create(2048);
        var key = new JsonObject
        {
            ["type"] = "service_account",
            ["client_email"] = "sync@project.iam.gserviceaccount.com",
            ["private_key_id"] = "k1",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["token_uri"] = "https://oauth2.googleapis.com/token",
        }.ToJsonString();
        var apiCalls = 0;
        string? assertion = null;
        var handler = new StubHttpHandler((request, body) =>
        {
            if (request.RequestUri!.AbsolutePath == "/token")
            {
                var form = HttpUtility.ParseQueryString(body!);
                Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", form["grant_type"]);
                assertion = form["assertion"];
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"access_token":"sa-at","token_type":"Bearer","expires_in":3600}""", Encoding.UTF8, "application/json"),
                };
            }

            if (Interlocked.Increment(ref apiCalls) == 1)
            {
                throw new HttpRequestException("connection reset");
            }

            Assert.Equal("Bearer sa-at", request.Headers.Authorization?.ToString());
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"connections":[],"totalItems":7}""", Encoding.UTF8, "application/json"),
            };
        });
        var observer = new RecordingObserver();
        var options = new GoogleClientOptions
        {
            ApiBaseUrl = "http://google.test/",
            TokenUrl = "http://google.test/token",
            ServiceAccountJson = key,
            ImpersonatedUser = "alice@example.com",
            BaseRetryDelay = TimeSpan.FromMilliseconds(1),
        };
        using var client = new GoogleContactsClient(options, TimeProvider.System, observer, null, () => handler);

        var total = await client.TestAsync(TestContext.CancellationToken);

        Assert.Equal(7, total);
        Assert.Equal(2, apiCalls);
        Assert.Single(observer.Retries);
        Assert.Contains(observer.Calls, c => c.Status == 0);
        var payload = JsonNode.Parse(Base64UrlDecode(assertion!.Split('.')[1]))!;
        Assert.Equal("alice@example.com", (string)payload["sub"]!);
        Assert.Equal("sync@project.iam.gserviceaccount.com", (string)payload["iss"]!);
        Assert.Equal("https://www.googleapis.com/auth/contacts", (string)payload["scope"]!);
    }

    private static string Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        s += new string('=', (4 - (s.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(s));
    }
}
