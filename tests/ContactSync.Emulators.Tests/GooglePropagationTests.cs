using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>
/// Google's documented propagation delay for sync-token reads ("writes may have a propagation delay of several minutes
/// for sync requests"), per account and judged at each request on the emulator's clock.
/// </summary>
public sealed class GooglePropagationTests
{
    [Fact]
    public async Task Each_account_sees_its_own_writes_only_after_the_delay_counted_at_each_request()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, GooglePropagationDelay = TimeSpan.FromMinutes(2) });
        using var alex = await ImpersonatingAsync(host, host.Credentials.GoogleImpersonatedUser);
        using var bea = await ImpersonatingAsync(host, "bea.other@contactsync-demo.example");
        var alexToken = (await SyncAsync(alex, null)).Token;
        var beaToken = (await SyncAsync(bea, null)).Token;

        await alex.PostAsync("v1/people:createContact", JsonBody(Person("Anna", "Åberg")));
        clock.Advance(TimeSpan.FromMinutes(1));
        await bea.PostAsync("v1/people:createContact", JsonBody(Person("Bruno", "Brâncuși")));

        var alexAt1 = await SyncAsync(alex, alexToken);
        Assert.Empty(alexAt1.Names);
        clock.Advance(TimeSpan.FromSeconds(90));
        var alexAt2 = await SyncAsync(alex, alexAt1.Token);
        var beaAt2 = await SyncAsync(bea, beaToken);
        Assert.Equal(["Anna Åberg"], alexAt2.Names);
        Assert.Empty(beaAt2.Names);

        clock.Advance(TimeSpan.FromMinutes(1));
        var beaAt3 = await SyncAsync(bea, beaAt2.Token);
        var alexAt3 = await SyncAsync(alex, alexAt2.Token);
        Assert.Equal(["Bruno Brâncuși"], beaAt3.Names);
        Assert.Empty(alexAt3.Names);

        // A full listing is not a sync-token read: it shows a fresh write at once.
        await bea.PostAsync("v1/people:createContact", JsonBody(Person("Chloé", "Dubois")));
        var full = await ReadAsync(await bea.GetAsync("v1/people/me/connections?personFields=names"));
        Assert.Equal(2, full["connections"]!.AsArray().Count);
        Assert.Empty((await SyncAsync(bea, beaAt3.Token)).Names);
    }

    private static async Task<(string Token, List<string> Names)> SyncAsync(HttpClient http, string? token)
    {
        var response = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&requestSyncToken=true" + (token is null ? string.Empty : "&syncToken=" + token)));
        var names = response["connections"]?.AsArray().Select(p => p!["names"]![0]!["displayName"]!.GetValue<string>()).ToList() ?? [];
        return (response["nextSyncToken"]!.GetValue<string>(), names);
    }

    /// <summary>A client with a token for <paramref name="user"/> from the service account's JWT grant (domain-wide delegation).</summary>
    private static async Task<HttpClient> ImpersonatingAsync(EmulatorHost host, string user)
    {
        var key = JsonNode.Parse(host.Credentials.GoogleServiceAccountKeyJson)!;
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key["private_key"]!.GetValue<string>());
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var header = B64(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
        var payload = B64(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iss"] = key["client_email"]!.GetValue<string>(), ["aud"] = key["token_uri"]!.GetValue<string>(), ["iat"] = now, ["exp"] = now + 3600,
            ["scope"] = "https://www.googleapis.com/auth/contacts", ["sub"] = user,
        }.ToJsonString()));
        var jwt = header + "." + payload + "." + B64(rsa.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var http = Client(host);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer", ["assertion"] = jwt });
        var token = await ReadAsync(await http.PostAsync("token", form));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        return http;
    }
}
