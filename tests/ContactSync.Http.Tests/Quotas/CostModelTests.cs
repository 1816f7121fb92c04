using ContactSync.Http.Quotas;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>What each call of both services costs, per quota (google-people-api.md §4, zoho-crm-api.md §5).</summary>
public sealed class CostModelTests
{
    private static readonly QuotaSettings Settings = new()
    {
        Google = GoogleQuotaSettings.ReportedDefaults with { CriticalWritesPerProject = 1000 },
        Zoho = new ZohoQuotaSettings { CreditsPerDay = 100_000, Concurrency = 10, SubConcurrency = 10, CvidReadCredits = 3, DeletedReadCredits = 2 },
    };

    private static string Costs(IQuotaCostModel model, QuotaRequest request) =>
        string.Join(" ", model.ChargesOf(request).Select(c => $"{c.Key.Value.Split('/')[^1]}{(c.Key.Value.Contains("/project/", StringComparison.Ordinal) ? "@project" : "")}={c.Units}"));

    [Theory]
    [InlineData("GET", "/v1/people/me/connections", "?personFields=names&requestSyncToken=true", 0, "critical-reads=1 full-sync-first-pages=1")]
    [InlineData("GET", "/v1/people/me/connections", "?personFields=names&requestSyncToken=true&pageToken=p2", 0, "critical-reads=1")]
    [InlineData("GET", "/v1/people/me/connections", "?personFields=names&syncToken=s", 0, "critical-reads=1")]
    [InlineData("POST", "/v1/people:batchCreateContacts", "", 200, "critical-reads=6 critical-writes=6 critical-writes@project=6 contact-writes-per-day=200 mutations-in-flight=1")]
    [InlineData("POST", "/v1/people:batchUpdateContacts", "", 17, "critical-reads=6 critical-writes=6 critical-writes@project=6 contact-writes-per-day=17 mutations-in-flight=1")]
    [InlineData("POST", "/v1/people:createContact", "", 0, "critical-reads=1 critical-writes=1 critical-writes@project=1 contact-writes-per-day=1 mutations-in-flight=1")]
    [InlineData("PATCH", "/v1/people/c123:updateContact", "?updatePersonFields=names", 0, "critical-reads=1 critical-writes=1 critical-writes@project=1 contact-writes-per-day=1 mutations-in-flight=1")]
    [InlineData("POST", "/v1/people:batchDeleteContacts", "", 0, "deletes-and-group-writes=10 mutations-in-flight=1")]
    [InlineData("DELETE", "/v1/people/c123:deleteContact", "", 0, "deletes-and-group-writes=1 mutations-in-flight=1")]
    [InlineData("GET", "/v1/contactGroups", "?pageSize=100", 0, "group-reads=1")]
    [InlineData("POST", "/v1/contactGroups/abc/members:modify", "", 0, "deletes-and-group-writes=1 mutations-in-flight=1")]
    [InlineData("POST", "/v1/contactGroups", "", 0, "deletes-and-group-writes=1 mutations-in-flight=1")]
    [InlineData("GET", "/v1/people:batchGet", "?resourceNames=people/c1", 0, "critical-reads=1")]
    [InlineData("POST", "/token", "", 0, "")]
    public void Google(string method, string path, string query, int records, string expected) =>
        Assert.Equal(expected, Costs(new GoogleQuotaCostModel(Settings, "Alex@Example.com"), new QuotaRequest(method, path, query, records)));

    [Theory]
    [InlineData("GET", "/crm/v8/Contacts", "?fields=Email&per_page=200", 0, "credits=1 concurrency=1")]
    [InlineData("GET", "/crm/v8/Contacts", "?fields=Email&cvid=42", 0, "credits=3 concurrency=1 sub-concurrency=1")]
    [InlineData("GET", "/crm/v8/Contacts", "?fields=Email&sort_by=Modified_Time", 0, "credits=1 concurrency=1 sub-concurrency=1")]
    [InlineData("GET", "/crm/v8/Contacts/deleted", "?type=all", 0, "credits=2 concurrency=1")]
    [InlineData("POST", "/crm/v8/Contacts", "", 100, "credits=10 concurrency=1 sub-concurrency=1")]
    [InlineData("POST", "/crm/v8/Contacts", "", 10, "credits=1 concurrency=1")]
    [InlineData("POST", "/crm/v8/Contacts", "", 11, "credits=2 concurrency=1 sub-concurrency=1")]
    [InlineData("PUT", "/crm/v8/Contacts", "", 35, "credits=4 concurrency=1 sub-concurrency=1")]
    [InlineData("POST", "/crm/v8/Contacts/upsert", "", 1, "credits=1 concurrency=1")]
    [InlineData("DELETE", "/crm/v8/Contacts", "?ids=1,2,3", 0, "credits=1 concurrency=1")]
    [InlineData("GET", "/crm/v8/settings/fields", "?module=Contacts", 0, "credits=1 concurrency=1")]
    [InlineData("GET", "/crm/v8/users", "?type=AllUsers", 0, "credits=1 concurrency=1")]
    [InlineData("POST", "/crm/v8/coql", "", 200, "credits=1 concurrency=1 sub-concurrency=1")]
    [InlineData("POST", "/crm/v8/coql", "", 1000, "credits=2 concurrency=1 sub-concurrency=1")]
    [InlineData("POST", "/crm/v8/coql", "", 2000, "credits=3 concurrency=1 sub-concurrency=1")]
    [InlineData("POST", "/oauth/v2/token", "", 0, "")]
    public void Zoho(string method, string path, string query, int records, string expected) =>
        Assert.Equal(expected, Costs(new ZohoQuotaCostModel(Settings), new QuotaRequest(method, path, query, records)));

    [Fact]
    public void GoogleKeys_ArePerAccount_WithoutCase_AndPerProject()
    {
        var charges = new GoogleQuotaCostModel(Settings, "Alex@Example.com", "proj-1").ChargesOf(GoogleQuotaCalls.BatchCreate(1));

        Assert.Contains(charges, c => c.Key.Value == "google/user/alex@example.com/critical-writes" && c.Limit == QuotaLimit.Rate(30, TimeSpan.FromMinutes(1)));
        Assert.Contains(charges, c => c.Key.Value == "google/project/proj-1/critical-writes" && c.Limit.Limit == 1000);
        Assert.Contains(charges, c => c.Key.Value == "google/user/alex@example.com/contact-writes-per-day" && c.Limit == QuotaLimit.Rate(100_000, TimeSpan.FromDays(1)));
        Assert.Contains(charges, c => c.Key.Value == "google/user/alex@example.com/mutations-in-flight" && c.Limit == QuotaLimit.Concurrency(1));
    }

    [Theory]
    [InlineData(ZohoCrmEdition.Free, 200, 5_000, 5)]
    [InlineData(ZohoCrmEdition.Standard, 100, 75_000, 10)]
    [InlineData(ZohoCrmEdition.Standard, 400, 100_000, 10)]
    [InlineData(ZohoCrmEdition.Professional, 200, 150_000, 15)]
    [InlineData(ZohoCrmEdition.Enterprise, 200, 250_000, 20)]
    [InlineData(ZohoCrmEdition.Enterprise, 10_000, 5_000_000, 20)]
    [InlineData(ZohoCrmEdition.Ultimate, 10_000, 20_050_000, 25)]
    public void ZohoEditions_SetTheDocumentedCreditsAndConcurrency(ZohoCrmEdition edition, int users, long credits, int concurrency)
    {
        var zoho = ZohoQuotaSettings.ForEdition(edition, users);

        Assert.Equal((credits, concurrency, 10), (zoho.CreditsPerDay, zoho.Concurrency, zoho.SubConcurrency));
    }

    [Fact]
    public void TheTimeScale_CompressesEveryWindowLikeTheEmulators()
    {
        var settings = QuotaSettings.Defaults(ZohoCrmEdition.Enterprise, 200, timeScale: 600);
        var google = new GoogleQuotaCostModel(settings, "a@example.com").ChargesOf(GoogleQuotaCalls.BatchCreate(200));
        var zoho = new ZohoQuotaCostModel(settings).ChargesOf(ZohoQuotaCalls.Insert(100));

        Assert.Equal(TimeSpan.FromMilliseconds(100), google.Single(c => c.Key.Value.EndsWith("/critical-writes", StringComparison.Ordinal)).Limit.Window);
        Assert.Equal(TimeSpan.FromSeconds(144), google.Single(c => c.Key.Value.EndsWith("/contact-writes-per-day", StringComparison.Ordinal)).Limit.Window);
        Assert.Equal(TimeSpan.FromSeconds(144), zoho.Single(c => c.Key == QuotaKeys.ZohoCredits("default")).Limit.Window);
        Assert.Equal(250_000, zoho.Single(c => c.Key == QuotaKeys.ZohoCredits("default")).Limit.Limit);
    }

    [Fact]
    public void Settings_OutOfRange_AreRefusedWithTheirName()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ZohoQuotaCostModel(new QuotaSettings { SafetyFraction = 1.5 }));
        Assert.Equal("SafetyFraction", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuotaSettings { TimeScale = 0 }.Validate());
    }

    [Theory]
    [InlineData("{\"select_query\":\"select Email from Contacts where Owner in ('1') order by id asc limit 0, 2000\"}", 2000)]
    [InlineData("{\"select_query\":\"select Email from Contacts limit 500 offset 1000\"}", 500)]
    [InlineData("{\"select_query\":\"select COUNT(id) from Contacts\"}", 200)]
    [InlineData("{\"data\":[{},{},{}]}", 3)]
    public async Task QueryBodies_CountTheRowsTheirLimitAsks(string body, int records)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://www.zohoapis.com/crm/v8/coql") { Content = new StringContent(body) };
        Assert.Equal(records, (await QuotaRequest.FromAsync(request, CancellationToken.None)).Records);
    }
}
