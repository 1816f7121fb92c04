using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>Issue 10: the per-account contact limit of Google (configurable; the figure and the error are settings).</summary>
public sealed class GoogleContactLimitTests
{
    [Fact]
    public void The_default_limit_is_25000_contacts()
    {
        Assert.Equal(25_000, new EmulatorOptions().GoogleContactLimit);
    }

    [Fact]
    public async Task Creates_past_the_limit_are_refused_whole_with_the_configured_error()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 8 });
        var seeded = host.Google.Count;
        host.Google.ContactLimit = seeded + 2;
        using var http = await GoogleClientAsync(host);
        JsonObject Batch(int n) => new()
        {
            ["contacts"] = new JsonArray(Enumerable.Range(0, n).Select(i => (JsonNode?)new JsonObject { ["contactPerson"] = Person("P" + i, "Limit") }).ToArray()),
            ["readMask"] = "names",
        };

        var tooMany = await http.PostAsync("v1/people:batchCreateContacts", JsonBody(Batch(3)));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var error = (await ReadAsync(tooMany))["error"]!;
        Assert.Equal("FAILED_PRECONDITION", error["status"]!.GetValue<string>());
        Assert.Equal(GoogleLimitRefusal.Default.Message, error["message"]!.GetValue<string>());
        Assert.Equal("CONTACT_LIMIT_EXCEEDED", error["details"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(seeded, host.Google.Count);

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:batchCreateContacts", JsonBody(Batch(2)))).StatusCode);
        Assert.Equal(seeded + 2, host.Google.Count);
        var single = await http.PostAsync("v1/people:createContact", JsonBody(Person("One", "More")));
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Equal(seeded + 2, host.Google.Count);
    }

    [Fact]
    public async Task The_refusal_is_a_setting()
    {
        await using var host = await StartAsync(new EmulatorOptions
        {
            GoogleContactLimit = 1,
            GoogleContactLimitRefusal = new GoogleLimitRefusal(429, "RESOURCE_EXHAUSTED", "Too many contacts.", null),
        });
        using var http = await GoogleClientAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:createContact", JsonBody(Person("A", "B")))).StatusCode);

        var refused = await http.PostAsync("v1/people:createContact", JsonBody(Person("C", "D")));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many contacts.", (await ReadAsync(refused))["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_limit_can_be_changed_at_run_time_through_the_control_surface()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 0, GoogleContactLimit = 0 });
        using var control = Client(host);
        using var http = await GoogleClientAsync(host);
        var family = host.Google.Count; // the contacts seeded outside the group

        var set = await control.PostAsync("_emulator/google/limits", JsonBody(new JsonObject { ["contactLimit"] = family + 1 }));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(family + 1, (await ReadAsync(set))["contactLimit"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:createContact", JsonBody(Person("A", "B")))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("v1/people:createContact", JsonBody(Person("C", "D")))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await control.PostAsync("_emulator/google/limits", JsonBody(new JsonObject { ["contactLimit"] = 0 }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:createContact", JsonBody(Person("C", "D")))).StatusCode);
        Assert.Equal(family + 2, host.Google.Count);
    }

    [Theory]
    [InlineData("{\"contactLimit\":-1}")]
    [InlineData("{\"contactLimit\":\"many\"}")]
    [InlineData("{}")]
    public async Task A_bad_limit_is_refused_and_changes_nothing(string body)
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleContactLimit = 7 });
        using var control = Client(host);

        var refused = await control.PostAsync("_emulator/google/limits", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(7, host.Google.ContactLimit);
    }
}
