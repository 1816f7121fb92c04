using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

public sealed class ZohoApiTests
{
    [Fact]
    public async Task List_requires_fields_and_limits_per_page()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 10 });
        using var http = await ZohoClientAsync(host);

        var missing = await http.GetAsync("crm/v8/Contacts");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("REQUIRED_PARAM_MISSING", (await ReadAsync(missing))["code"]!.GetValue<string>());

        var tooMany = await http.GetAsync("crm/v8/Contacts?fields=Last_Name&per_page=201");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);

        var fields = string.Join(',', Enumerable.Repeat("Last_Name", 1).Concat(Enumerable.Range(0, 50).Select(i => "F" + i)));
        var overFifty = await ReadAsync(await http.GetAsync("crm/v8/Contacts?fields=" + fields));
        Assert.Equal("LIMIT_EXCEEDED", overFifty["code"]!.GetValue<string>());

        var ok = await ReadAsync(await http.GetAsync("crm/v8/Contacts?fields=Last_Name,Email&per_page=3"));
        var first = ok["data"]!.AsArray()[0]!.AsObject();
        Assert.Equal(["Last_Name", "Email", "id"], first.Select(p => p.Key));
        Assert.True(ok["info"]!["more_records"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Page_beyond_2000_needs_page_token_bound_to_params()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 2300 });
        using var http = await ZohoClientAsync(host);

        var beyond = await http.GetAsync("crm/v8/Contacts?fields=Last_Name&page=11&per_page=200");
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        Assert.Equal("DISCRETE_PAGINATION_LIMIT_EXCEEDED", (await ReadAsync(beyond))["code"]!.GetValue<string>());

        var ids = new HashSet<string>();
        var page10 = await ReadAsync(await http.GetAsync("crm/v8/Contacts?fields=Last_Name&page=10&per_page=200"));
        var token = page10["info"]!["next_page_token"]!.GetValue<string>();
        var mismatch = await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Email&page_token={token}"));
        Assert.Equal("TOKEN_BOUND_DATA_MISMATCH", mismatch["code"]!.GetValue<string>());
        var both = await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Last_Name&page=1&page_token={token}"));
        Assert.Equal("AMBIGUITY_DURING_PROCESSING", both["code"]!.GetValue<string>());

        while (token is not null)
        {
            var next = await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Last_Name&per_page=200&page_token={token}"));
            foreach (var r in next["data"]!.AsArray())
            {
                Assert.True(ids.Add(r!["id"]!.GetValue<string>()));
            }

            token = next["info"]!["more_records"]!.GetValue<bool>() ? next["info"]!["next_page_token"]!.GetValue<string>() : null;
        }

        Assert.Equal(300, ids.Count);
    }

    [Fact]
    public async Task If_modified_since_gives_304_and_empty_list_204()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var http = await ZohoClientAsync(host);

        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Öztürk" });
        var since = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

        using var request = new HttpRequestMessage(HttpMethod.Get, "crm/v8/Contacts?fields=Last_Name");
        request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(request)).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(5));
        host.Zoho.UpdateRecordAsUser(id, new JsonObject { ["First_Name"] = "Ayşe" });
        using var again = new HttpRequestMessage(HttpMethod.Get, "crm/v8/Contacts?fields=Last_Name,Modified_Time&sort_by=Modified_Time&sort_order=asc");
        again.Headers.TryAddWithoutValidation("If-Modified-Since", since);
        var changed = await ReadAsync(await http.SendAsync(again));
        Assert.Equal(id, changed["data"]![0]!["id"]!.GetValue<string>());
        Assert.EndsWith("+01:00", changed["data"]![0]!["Modified_Time"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insert_reports_per_record_results_with_207()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var body = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["Last_Name"] = "Nguyễn", ["Email"] = "a@example.com", ["Loyalty_Points"] = 5 },
                new JsonObject { ["First_Name"] = "NoLast" },
                new JsonObject { ["Last_Name"] = "Dup", ["Email"] = "A@example.com" },
                new JsonObject { ["Last_Name"] = "BadPhone", ["Phone"] = "call me maybe" },
                new JsonObject { ["Last_Name"] = new string('x', 81) }),
        };
        var response = await http.PostAsync("crm/v8/Contacts", JsonBody(body));
        Assert.Equal((HttpStatusCode)207, response.StatusCode);
        var data = (await ReadAsync(response))["data"]!.AsArray();
        Assert.Equal("SUCCESS", data[0]!["code"]!.GetValue<string>());
        Assert.Equal("record added", data[0]!["message"]!.GetValue<string>());
        Assert.Equal("MANDATORY_NOT_FOUND", data[1]!["code"]!.GetValue<string>());
        Assert.Equal("Last_Name", data[1]!["details"]!["api_name"]!.GetValue<string>());
        Assert.Equal("DUPLICATE_DATA", data[2]!["code"]!.GetValue<string>());
        Assert.Equal(data[0]!["details"]!["id"]!.GetValue<string>(), data[2]!["details"]!["duplicate_record"]!["id"]!.GetValue<string>());
        Assert.Equal("phone", data[3]!["details"]!["expected_data_type"]!.GetValue<string>());
        Assert.Equal(80, data[4]!["details"]!["maximum_length"]!.GetValue<int>());

        var allOk = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Solo" }) }));
        Assert.Equal(HttpStatusCode.Created, allOk.StatusCode);
        var allBad = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["First_Name"] = "x" }) }));
        Assert.Equal(HttpStatusCode.BadRequest, allBad.StatusCode);

        var tooMany = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode?)new JsonObject { ["Last_Name"] = "L" + i }).ToArray());
        var limit = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = tooMany }));
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.Equal(2, host.Zoho.Count);
    }

    [Fact]
    public async Task Upsert_uses_duplicate_check_fields_from_body()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Alt", ["Email"] = "x@example.com" });
        var body = new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Neu", ["Email"] = "X@example.com" }, new JsonObject { ["Last_Name"] = "Fresh", ["Email"] = "y@example.com" }),
            ["duplicate_check_fields"] = new JsonArray("Email"),
        };
        var response = await http.PostAsync("crm/v8/Contacts/upsert", JsonBody(body));
        var data = (await ReadAsync(response))["data"]!.AsArray();
        Assert.Equal("update", data[0]!["action"]!.GetValue<string>());
        Assert.Equal("Email", data[0]!["duplicate_field"]!.GetValue<string>());
        Assert.Equal(id, data[0]!["details"]!["id"]!.GetValue<string>());
        Assert.Equal("insert", data[1]!["action"]!.GetValue<string>());
        Assert.Equal("Neu", host.Zoho.GetRecord(id)!["Last_Name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Access_tokens_are_checked_and_expire_after_an_hour()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, ZohoSeedContacts = 1 });
        using var bad = Client(host);
        bad.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken 1000.nope");
        var invalid = await bad.GetAsync("crm/v8/Contacts?fields=Last_Name");
        Assert.Equal(HttpStatusCode.Unauthorized, invalid.StatusCode);
        Assert.Equal("INVALID_TOKEN", (await ReadAsync(invalid))["code"]!.GetValue<string>());

        using var http = await ZohoClientAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/Contacts?fields=Last_Name")).StatusCode);
        clock.Advance(TimeSpan.FromHours(1));
        var expired = await http.GetAsync("crm/v8/Contacts?fields=Last_Name");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("INVALID_TOKEN", (await ReadAsync(expired))["code"]!.GetValue<string>());

        using var wrong = Client(host);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["client_id"] = "x", ["client_secret"] = "y", ["refresh_token"] = "z" });
        Assert.Equal("invalid_client", (await ReadAsync(await wrong.PostAsync("oauth/v2/token", form)))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Visibility_follows_owner_and_role_and_permissions_are_enforced()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 40 });
        var ids = host.Zoho.UserIds;
        using var admin = await ZohoClientAsync(host);
        using var standard = await ZohoClientAsync(host, host.Credentials.ZohoStandardRefreshToken);
        using var viewOnly = await ZohoClientAsync(host, host.Credentials.ZohoViewOnlyRefreshToken);

        async Task<List<string>> Owners(HttpClient c) => (await ReadAsync(await c.GetAsync("crm/v8/Contacts?fields=Owner&per_page=200")))["data"]!.AsArray()
            .Select(r => r!["Owner"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(40, (await Owners(admin)).Count);
        var seenByStandard = (await Owners(standard)).ToHashSet();
        Assert.Equal(new HashSet<string> { ids["standard"], ids["viewonly"] }, seenByStandard);
        Assert.Equal(new HashSet<string> { ids["viewonly"] }, (await Owners(viewOnly)).ToHashSet());

        var denied = await viewOnly.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "X" }) }));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("NO_PERMISSION", (await ReadAsync(denied))["code"]!.GetValue<string>());

        var me = await ReadAsync(await viewOnly.GetAsync("crm/v8/users?type=CurrentUser"));
        var profileId = me["users"]![0]!["profile"]!["id"]!.GetValue<string>();
        var profile = await ReadAsync(await viewOnly.GetAsync("crm/v8/settings/profiles/" + profileId));
        var perms = profile["profiles"]![0]!["permissions_details"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["enabled"]!.GetValue<bool>());
        Assert.True(perms["Contacts_View"]);
        Assert.False(perms["Contacts_Create"]);
        Assert.Equal(["Contacts_Create", "Contacts_Delete", "Contacts_Edit", "Contacts_View"], perms.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Profile_payload_has_the_keys_of_profiles_json_and_lists_what_an_admin_sets()
    {
        await using var host = await StartAsync(new EmulatorOptions());
        host.Zoho.SetProfilePermission("Standard", "Google_Sync_Test", enabled: false, displayLabel: "Sync with Google Contacts");
        using var admin = await ZohoClientAsync(host);
        var list = (await ReadAsync(await admin.GetAsync("crm/v8/settings/profiles")))["profiles"]!.AsArray();
        var standardId = list.Single(p => p!["name"]!.GetValue<string>() == "Standard")!["id"]!.GetValue<string>();

        var profile = (await ReadAsync(await admin.GetAsync("crm/v8/settings/profiles/" + standardId)))["profiles"]![0]!.AsObject();

        // Profile.required and Permission_Detail.required of profiles.json.
        foreach (var key in new[] { "name", "description", "id", "display_label", "permissions_details", "sections", "created_time", "modified_time", "modified_by", "category", "created_by" })
        {
            Assert.True(profile.ContainsKey(key), key);
        }

        var details = profile["permissions_details"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.All(details, d => Assert.All(new[] { "id", "enabled", "name", "display_label", "module" }, key => Assert.True(d.ContainsKey(key), key)));
        var sync = Assert.Single(details, d => d["name"]!.GetValue<string>() == "Google_Sync_Test");
        Assert.False(sync["enabled"]!.GetValue<bool>());
        Assert.Equal("Sync with Google Contacts", sync["display_label"]!.GetValue<string>());
        var category = profile["sections"]![0]!["categories"]![0]!;
        Assert.Equal(details.Count, category["permissions_details"]!.AsArray().Count);
    }

    [Fact]
    public async Task Users_report_their_status_and_the_type_filters_follow_it()
    {
        await using var host = await StartAsync(new EmulatorOptions());
        var standard = host.Zoho.UserIds["standard"];
        host.Zoho.SetUserStatus(standard, "disabled");
        using var admin = await ZohoClientAsync(host);

        async Task<Dictionary<string, string>> Users(string type) => (await ReadAsync(await admin.GetAsync("crm/v8/users?type=" + type)))["users"]!.AsArray()
            .ToDictionary(u => u!["id"]!.GetValue<string>(), u => u!["status"]!.GetValue<string>());

        Assert.Equal("disabled", (await Users("AllUsers"))[standard]);
        Assert.DoesNotContain(standard, (await Users("ActiveUsers")).Keys);
        Assert.Equal([standard], (await Users("DeactiveUsers")).Keys);
    }

    [Fact]
    public async Task Custom_view_criteria_are_applied_with_cvid()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 60 });
        using var http = await ZohoClientAsync(host);
        var views = await ReadAsync(await http.GetAsync("crm/v8/settings/custom_views?module=Contacts"));
        Assert.Equal(host.Zoho.AllContactsViewId, views["info"]!["default"]!.GetValue<string>());
        var germany = await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Mailing_Country&per_page=200&cvid={host.Zoho.GermanyViewId}"));
        var countries = germany["data"]!.AsArray().Select(r => r!["Mailing_Country"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(countries);
        Assert.All(countries, c => Assert.Equal("Germany", c));
        Assert.True(countries.Count < 60);
        var sorted = await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Last_Name&cvid={host.Zoho.GermanyViewId}&sort_by=id"));
        Assert.Equal("AMBIGUITY_DURING_PROCESSING", sorted["code"]!.GetValue<string>());
        var fields = await ReadAsync(await http.GetAsync("crm/v8/settings/fields?module=Contacts"));
        var tier = fields["fields"]!.AsArray().Single(f => f!["api_name"]!.GetValue<string>() == "Customer_Tier")!;
        Assert.True(tier["custom_field"]!.GetValue<bool>());
        Assert.Contains("Gold", tier["pick_list_values"]!.AsArray().Select(v => v!["actual_value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_lists_record_in_deleted_and_search_finds_by_email()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Weg", ["Email"] = "weg@example.com" });
        var found = await ReadAsync(await http.GetAsync("crm/v8/Contacts/search?email=WEG@example.com"));
        Assert.Equal(id, found["data"]![0]!["id"]!.GetValue<string>());
        var criteria = await ReadAsync(await http.GetAsync("crm/v8/Contacts/search?criteria=" + Uri.EscapeDataString("((Last_Name:starts_with:We)and(Email:equals:weg@example.com))")));
        Assert.Single(criteria["data"]!.AsArray());

        var deleted = await ReadAsync(await http.DeleteAsync("crm/v8/Contacts?ids=" + id));
        Assert.Equal("record deleted", deleted["data"]![0]!["message"]!.GetValue<string>());
        var list = await ReadAsync(await http.GetAsync("crm/v8/Contacts/deleted?type=all"));
        Assert.Equal(id, list["data"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("recycle", list["data"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/Contacts/search?email=weg@example.com")).StatusCode);
    }
}
