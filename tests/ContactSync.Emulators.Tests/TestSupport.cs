using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Emulators.Tests;

/// <summary>Starts hosts and obtains tokens over real loopback HTTP.</summary>
internal static class TestSupport
{
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.Zero));

    public static Task<EmulatorHost> StartAsync(EmulatorOptions? options = null) =>
        EmulatorHost.StartAsync((options ?? new EmulatorOptions()) with { Port = 0 }, CancellationToken.None);

    public static HttpClient Client(EmulatorHost host) => new() { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<HttpClient> ZohoClientAsync(EmulatorHost host, string? refreshToken = null)
    {
        var http = Client(host);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = host.Credentials.ZohoClientId,
            ["client_secret"] = host.Credentials.ZohoClientSecret,
            ["refresh_token"] = refreshToken ?? host.Credentials.ZohoAdminRefreshToken,
        });
        var token = await ReadAsync(await http.PostAsync("oauth/v2/token", form));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token["access_token"]!.GetValue<string>());
        return http;
    }

    public static async Task<HttpClient> GoogleClientAsync(EmulatorHost host, string? refreshToken = null)
    {
        var http = Client(host);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = host.Credentials.GoogleClientId,
            ["client_secret"] = host.Credentials.GoogleClientSecret,
            ["refresh_token"] = refreshToken ?? host.Credentials.GoogleUserRefreshToken,
        });
        var token = await ReadAsync(await http.PostAsync("token", form));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        return http;
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    public static StringContent JsonBody(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static JsonObject Person(string given, string family, string? workEmail = null)
    {
        var p = new JsonObject { ["names"] = new JsonArray(new JsonObject { ["givenName"] = given, ["familyName"] = family }) };
        if (workEmail is not null)
        {
            p["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = workEmail, ["type"] = "work" });
        }

        return p;
    }
}
