using System.Net;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Quotas;
using Microsoft.AspNetCore.Http;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

public sealed class QuotaTests
{
    private static JsonObject BatchCreate(int n) => new()
    {
        ["contacts"] = new JsonArray(Enumerable.Range(0, n).Select(i => (JsonNode?)new JsonObject { ["contactPerson"] = Person("Q" + i, "Quota") }).ToArray()),
        ["readMask"] = "names",
    };

    [Fact]
    public async Task Google_batch_writes_take_six_critical_write_units_per_user_per_minute_and_refill_at_the_next_window()
    {
        var clock = NewClock();
        var quotas = new QuotaOptions { TimeScale = 60, Google = new GoogleQuotaLimits { CriticalWritesPerUser = 30 } };
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(1), Quotas = quotas });
        using var http = await GoogleClientAsync(host);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:batchCreateContacts", JsonBody(BatchCreate(200)))).StatusCode);
        }

        var refused = await http.PostAsync("v1/people:batchCreateContacts", JsonBody(BatchCreate(1)));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Null(refused.Headers.RetryAfter);
        var error = (await ReadAsync(refused))["error"]!;
        Assert.Equal("RESOURCE_EXHAUSTED", error["status"]!.GetValue<string>());
        Assert.Contains("Critical write requests", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var info = error["details"]![0]!;
        Assert.Equal("RATE_LIMIT_EXCEEDED", info["reason"]!.GetValue<string>());
        Assert.Equal("people.googleapis.com/critical_write_requests", info["metadata"]!["quota_metric"]!.GetValue<string>());
        Assert.Equal("CriticalWritesPerMinutePerProjectPerUser", info["metadata"]!["quota_limit"]!.GetValue<string>());
        Assert.Equal(1000, host.Google.Count);
        Assert.Equal(1, host.Quotas.Refusals.Total("google"));

        // Compressed 60×: Google's minute lasts one second of the emulator clock.
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:batchCreateContacts", JsonBody(BatchCreate(1)))).StatusCode);
    }

    [Fact]
    public async Task Google_project_limit_counts_every_user_and_reads_are_metered_apart_from_writes()
    {
        var clock = NewClock();
        var quotas = new QuotaOptions { Google = new GoogleQuotaLimits { CriticalReadsPerProject = 3, CriticalWritesPerUser = 30 } };
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(1), GoogleSeedContacts = 3, Quotas = quotas });
        using var http = await GoogleClientAsync(host);

        // A single create costs one critical read and one critical write.
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("v1/people:createContact", JsonBody(Person("A", "B")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/people/me/connections?personFields=names")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/contactGroups")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/people/me/connections?personFields=names")).StatusCode);
        var refused = await http.GetAsync("v1/people/me/connections?personFields=names");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("CriticalReadsPerMinutePerProject", (await ReadAsync(refused))["error"]!["details"]![0]!["metadata"]!["quota_limit"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("v1/people/me/connections?personFields=names")).StatusCode);
    }

    [Fact]
    public async Task Google_full_sync_first_pages_have_their_own_quota()
    {
        var clock = NewClock();
        var quotas = new QuotaOptions { Google = new GoogleQuotaLimits { FullSyncFirstPagesPerUser = 1 } };
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(1), GoogleSeedContacts = 4, Quotas = quotas });
        using var http = await GoogleClientAsync(host);

        // Every page after the first, and incremental reads, draw on the ordinary read quota only.
        var page = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=3&requestSyncToken=true"));
        var pages = 1;
        while (page["nextPageToken"]?.GetValue<string>() is { } next)
        {
            page = await ReadAsync(await http.GetAsync($"v1/people/me/connections?personFields=names&pageSize=3&requestSyncToken=true&pageToken={next}"));
            pages++;
        }

        Assert.True(pages > 1);
        var token = page["nextSyncToken"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"v1/people/me/connections?personFields=names&requestSyncToken=true&syncToken={token}")).StatusCode);

        var again = await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=3&requestSyncToken=true");
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal("FullSyncRequestsPerMinutePerProjectPerUser", (await ReadAsync(again))["error"]!["details"]![0]!["metadata"]!["quota_limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task Zoho_credits_roll_over_a_day_inserts_cost_one_per_ten_records_and_the_remaining_header_appears_at_half()
    {
        var clock = NewClock();
        var quotas = new QuotaOptions { TimeScale = 60, Zoho = new ZohoQuotaLimits { CreditsPerDay = 6 } };
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(1), ZohoSeedContacts = 5, Quotas = quotas });
        using var http = await ZohoClientAsync(host);
        var records = new JsonObject { ["data"] = new JsonArray(Enumerable.Range(0, 25).Select(i => (JsonNode?)new JsonObject { ["Last_Name"] = "Credit" + i }).ToArray()) };

        var insert = await http.PostAsync("crm/v8/Contacts", JsonBody(records));
        Assert.Equal(HttpStatusCode.Created, insert.StatusCode);
        Assert.Equal("3", Assert.Single(insert.Headers.GetValues("X-API-CREDITS-REMAINING")));

        clock.Advance(TimeSpan.FromMinutes(10));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name&per_page=1")).StatusCode);
        }

        var refused = await http.GetAsync("crm/v8/Contacts?fields=Last_Name&per_page=1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await ReadAsync(refused);
        Assert.Equal("TOO_MANY_REQUESTS", body["code"]!.GetValue<string>());
        Assert.Equal("error", body["status"]!.GetValue<string>());
        Assert.Equal(0, host.Quotas.ZohoCreditsLeft);

        // A compressed day is 24 minutes: the insert's three credits leave the window first.
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(3, host.Quotas.ZohoCreditsLeft);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name&per_page=1")).StatusCode);
    }

    [Fact]
    public void Zoho_concurrency_counts_calls_in_flight_and_complex_calls_apart()
    {
        var book = new QuotaBook(new QuotaOptions { Zoho = new ZohoQuotaLimits { Concurrency = 3, SubConcurrency = 1 } }, TimeProvider.System);
        var plain = new QueryCollection();
        var cvid = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["cvid"] = "1" });

        using var complex = book.Zoho.Admit("GET", ["Contacts"], cvid, 0);
        Assert.Null(complex.Refusal);
        using (var secondComplex = book.Zoho.Admit("POST", ["Contacts"], plain, 11))
        {
            Assert.NotNull(secondComplex.Refusal);
        }

        using var read = book.Zoho.Admit("GET", ["Contacts", "deleted"], plain, 0);
        var small = book.Zoho.Admit("POST", ["Contacts"], plain, 10);
        Assert.Null(read.Refusal);
        Assert.Null(small.Refusal);
        using (var fourth = book.Zoho.Admit("GET", ["settings", "fields"], plain, 0))
        {
            Assert.NotNull(fourth.Refusal);
        }

        small.Dispose();
        using var afterRelease = book.Zoho.Admit("GET", ["settings", "fields"], plain, 0);
        Assert.Null(afterRelease.Refusal);
        Assert.Equal(2, book.Refusals.Total("zoho"));
    }

    [Fact]
    public void Zoho_editions_follow_the_documented_formula()
    {
        Assert.Equal(5_000, ZohoQuotaLimits.ForEdition(ZohoEdition.Free, 50).CreditsPerDay);
        Assert.Equal(100_000, ZohoQuotaLimits.ForEdition(ZohoEdition.Standard, 400).CreditsPerDay);
        Assert.Equal(75_000, ZohoQuotaLimits.ForEdition(ZohoEdition.Standard, 100).CreditsPerDay);
        Assert.Equal(250_000, ZohoQuotaLimits.ForEdition(ZohoEdition.Enterprise, 200).CreditsPerDay);
        Assert.Equal(5_000_000, ZohoQuotaLimits.ForEdition(ZohoEdition.Enterprise, 10_000).CreditsPerDay);
        Assert.Equal(20, ZohoQuotaLimits.ForEdition(ZohoEdition.Enterprise, 1).Concurrency);
        Assert.Equal(25, ZohoQuotaLimits.ForEdition(ZohoEdition.Ultimate, 1).Concurrency);
    }

    [Fact]
    public async Task Quotas_can_be_set_and_read_over_the_control_surface()
    {
        await using var host = await StartAsync();
        using var http = Client(host);
        var set = await http.PostAsync("_emulator/quotas", JsonBody(new JsonObject { ["preset"] = "defaults", ["edition"] = "Standard", ["users"] = 4, ["timeScale"] = 60 }));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(51_000, host.Quotas.Options.Zoho.CreditsPerDay);
        Assert.Equal(30, host.Quotas.Options.Google.CriticalWritesPerUser);
        Assert.Equal(60, host.Quotas.Options.TimeScale);

        var bad = await http.PostAsync("_emulator/quotas", JsonBody(new JsonObject { ["preset"] = "defaults", ["edition"] = "Gold" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var read = await ReadAsync(await http.GetAsync("_emulator/quotas"));
        Assert.Equal(51_000, read["zohoCreditsLeft"]!.GetValue<long>());
    }
}
