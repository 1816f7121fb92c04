using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

public sealed class ControlAndFaultTests
{
    [Fact]
    public async Task Too_many_requests_fault_sends_retry_after_then_recovers()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 2 });
        using var http = await ZohoClientAsync(host);
        host.Faults.TooManyRequests("zoho", 2, retryAfterSeconds: 7);
        for (var i = 0; i < 2; i++)
        {
            var limited = await http.GetAsync("crm/v8/Contacts?fields=Last_Name");
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), limited.Headers.RetryAfter!.Delta);
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        Assert.Equal(3, host.Calls.Count("zoho GET /crm/v8/Contacts"));
    }

    [Fact]
    public async Task A_rule_with_skip_lets_the_first_matching_calls_through_then_applies()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 2 });
        using var http = await ZohoClientAsync(host);
        host.Faults.Add(new FaultRule("zoho", FaultKind.InternalError, Count: 1, Endpoint: "GET /crm/v8/Contacts", Skip: 2));

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/users?type=AllUsers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
    }

    [Fact]
    public async Task Drop_fault_aborts_the_connection_and_http_control_surface_works()
    {
        await using var host = await StartAsync();
        using var control = Client(host);
        var seed = await ReadAsync(await control.PostAsync("_emulator/seed", JsonBody(new JsonObject { ["zohoContacts"] = 6, ["googleContacts"] = 4, ["overlappingEmails"] = 3, ["seed"] = 7 })));
        Assert.Equal(6, seed["zohoContacts"]!.GetValue<int>());
        Assert.Equal(9, seed["googleContacts"]!.GetValue<int>());
        var zoho = (await ReadAsync(await control.GetAsync("_emulator/zoho/contacts")))["data"]!.AsArray();
        var google = (await ReadAsync(await control.GetAsync("_emulator/google/contacts")))["people"]!.AsArray();
        var zohoEmails = zoho.Select(r => r!["Email"]?.GetValue<string>()).Where(e => e is not null).ToHashSet();
        var shared = google.Count(p => p!["emailAddresses"]?.AsArray().Any(e => zohoEmails.Contains(e!["value"]!.GetValue<string>())) == true);
        Assert.Equal(3, shared);
        Assert.All(zoho, r => Assert.NotNull(r!["Owner"]));

        Assert.Equal(HttpStatusCode.OK, (await control.PostAsync("_emulator/faults", JsonBody(new JsonObject { ["service"] = "google", ["kind"] = "drop", ["count"] = 1 }))).StatusCode);
        using var http = await GoogleClientAsync(host);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("v1/people/me/connections?personFields=names"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/people/me/connections?personFields=names")).StatusCode);

        var calls = await ReadAsync(await control.GetAsync("_emulator/calls"));
        Assert.Equal(2, calls["google GET /v1/people/me/connections"]!.GetValue<int>());
        Assert.True(calls["total"]!.GetValue<int>() >= 3);
        var creds = await ReadAsync(await control.GetAsync("_emulator/credentials"));
        Assert.Equal(host.Credentials.ZohoClientId, creds["zohoClientId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Google_errors_use_the_google_shape_for_5xx_faults()
    {
        await using var host = await StartAsync();
        using var http = await GoogleClientAsync(host);
        host.Faults.Add(new FaultRule("google", FaultKind.ServiceUnavailable, Count: 1));
        var response = await http.GetAsync("v1/contactGroups");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("UNAVAILABLE", (await ReadAsync(response))["error"]!["status"]!.GetValue<string>());
        Assert.Empty(host.Faults.Rules);
    }

    [Fact]
    public async Task Seeding_50k_contacts_pages_through_page_tokens()
    {
        // Speed is measured by the benchmarks (dotnet cake --target=Bench), not asserted here.
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 50_000, GoogleSeedContacts = 50_000, OverlappingEmails = 1000 });
        Assert.Equal(50_000, host.Zoho.Count);
        using var http = await GoogleClientAsync(host);
        var page = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=1000"));
        Assert.Equal(1000, page["connections"]!.AsArray().Count);
        var seen = new HashSet<string>(page["connections"]!.AsArray().Select(p => p!["resourceName"]!.GetValue<string>()));
        for (var i = 0; i < 5; i++)
        {
            page = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=1000&pageToken=" + page["nextPageToken"]!.GetValue<string>()));
            Assert.Equal(1000, page["connections"]!.AsArray().Count);
            Assert.All(page["connections"]!.AsArray(), p => Assert.True(seen.Add(p!["resourceName"]!.GetValue<string>()), "a contact came twice"));
        }
    }
}
