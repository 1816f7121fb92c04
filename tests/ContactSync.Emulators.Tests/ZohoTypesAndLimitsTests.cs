using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>Issue 10: Zoho's type validation, page-token expiry, api_domain and the record count.</summary>
public sealed class ZohoTypesAndLimitsTests
{
    [Fact]
    public async Task A_yearless_birthday_is_refused_with_the_real_per_record_body()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);

        var response = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Ok" }, new JsonObject { ["Last_Name"] = "Yearless", ["Date_of_Birth"] = "--05-17" }),
        }));

        Assert.Equal((HttpStatusCode)207, response.StatusCode);
        var entry = (await ReadAsync(response))["data"]![1]!;
        Assert.Equal(
            """{"code":"INVALID_DATA","details":{"api_name":"Date_of_Birth","json_path":"$.data[1].Date_of_Birth","expected_data_type":"date"},"message":"invalid data","status":"error"}""",
            entry.ToJsonString());
    }

    [Theory]
    [InlineData("Date_of_Birth", "\"1990-5-17\"", "date")]
    [InlineData("Next_Follow_Up", "\"2026-05-17\"", "datetime")]
    [InlineData("Next_Follow_Up", "\"2026-05-17T10:00:00Z\"", "datetime")]
    [InlineData("Email", "\"not an email\"", "email")]
    [InlineData("Phone", "\"call me\"", "phone")]
    [InlineData("Salutation", "\"Sir\"", "picklist")]
    [InlineData("Interests", "[\"Hardware\",\"Gardening\"]", "multiselectpicklist")]
    [InlineData("Interests", "\"Hardware\"", "multiselectpicklist")]
    [InlineData("Loyalty_Points", "\"12\"", "integer")]
    [InlineData("Loyalty_Points", "1.5", "integer")]
    [InlineData("Loyalty_Points", "1234567890", "integer")]
    [InlineData("Discount_Rate", "\"0.5\"", "double")]
    [InlineData("Annual_Spend", "\"1200\"", "currency")]
    [InlineData("Newsletter", "\"yes\"", "boolean")]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_field_and_its_type(string field, string json, string expectedType)
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var record = new JsonObject { ["Last_Name"] = "Typed", [field] = JsonNode.Parse(json) };

        var entry = (await ReadAsync(await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(record) }))))["data"]![0]!;

        Assert.Equal("INVALID_DATA", entry["code"]!.GetValue<string>());
        Assert.Equal(field, entry["details"]!["api_name"]!.GetValue<string>());
        Assert.Equal(expectedType, entry["details"]!["expected_data_type"]!.GetValue<string>());
        Assert.Equal($"$.data[0].{field}", entry["details"]!["json_path"]!.GetValue<string>());
        Assert.Equal(0, host.Zoho.Count);
    }

    [Fact]
    public async Task Values_of_the_right_type_are_accepted_and_a_too_long_text_names_its_maximum_length()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var good = new JsonObject
        {
            ["Last_Name"] = "Typed",
            ["Date_of_Birth"] = "1990-05-17",
            ["Next_Follow_Up"] = "2026-05-17T10:00:00+02:00",
            ["Salutation"] = "Dr.",
            ["Interests"] = new JsonArray("Hardware", "Training"),
            ["Loyalty_Points"] = 12,
            ["Discount_Rate"] = 0.5,
            ["Annual_Spend"] = 1200.25,
            ["Newsletter"] = true,
        };
        var tooLong = new JsonObject { ["Last_Name"] = "Long", ["First_Name"] = new string('x', 41) };

        var data = (await ReadAsync(await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(good, tooLong) }))))["data"]!;

        Assert.Equal("SUCCESS", data[0]!["code"]!.GetValue<string>());
        Assert.Equal(
            """{"code":"INVALID_DATA","details":{"api_name":"First_Name","json_path":"$.data[1].First_Name","maximum_length":40},"message":"invalid data","status":"error"}""",
            data[1]!.ToJsonString());
    }

    [Fact]
    public async Task Unknown_picklist_values_are_accepted_when_strict_picklists_are_off()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoStrictPicklists = false });
        using var http = await ZohoClientAsync(host);

        var entry = (await ReadAsync(await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Free", ["Salutation"] = "Sir" }),
        }))))["data"]![0]!;

        Assert.Equal("SUCCESS", entry["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_token_expires_after_its_validity_on_the_emulator_clock()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 2100, TimeProvider = clock, ZohoPageTokenValidity = TimeSpan.FromMinutes(30) });
        using var http = await ZohoClientAsync(host);
        var page10 = await ReadAsync(await http.GetAsync("crm/v8/Contacts?fields=Last_Name&page=10&per_page=200"));
        var token = page10["info"]!["next_page_token"]!.GetValue<string>();
        Assert.Equal(clock.GetUtcNow().AddMinutes(30), DateTimeOffset.Parse(page10["info"]!["page_token_expiry"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));

        clock.Advance(TimeSpan.FromMinutes(30));
        var expired = await http.GetAsync($"crm/v8/Contacts?fields=Last_Name&per_page=200&page_token={token}");

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Equal(
            """{"code":"EXPIRED_VALUE","details":{"param_name":"page_token"},"message":"the given page_token has expired","status":"error"}""",
            (await ReadAsync(expired)).ToJsonString());
    }

    [Fact]
    public async Task Page_tokens_can_be_expired_on_demand_all_at_once_or_at_their_next_use()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 2300 });
        using var http = await ZohoClientAsync(host);
        async Task<string> TokenAsync() =>
            (await ReadAsync(await http.GetAsync("crm/v8/Contacts?fields=Last_Name&page=10&per_page=200")))["info"]!["next_page_token"]!.GetValue<string>();
        async Task<string> CodeAsync(string token) =>
            (await ReadAsync(await http.GetAsync($"crm/v8/Contacts?fields=Last_Name&per_page=200&page_token={token}")))["code"]?.GetValue<string>() ?? "OK";

        var issued = await TokenAsync();
        host.Zoho.ExpirePageTokens();
        Assert.Equal("EXPIRED_VALUE", await CodeAsync(issued));

        host.Zoho.ExpireNextPageTokens(1);
        Assert.Equal("EXPIRED_VALUE", await CodeAsync(await TokenAsync()));
        Assert.Equal("OK", await CodeAsync(await TokenAsync()));
    }

    [Fact]
    public async Task The_token_response_names_the_api_domain_where_the_api_is_or_the_configured_one()
    {
        await using var own = await StartAsync();
        await using var configured = await StartAsync(new EmulatorOptions { ZohoApiDomain = "https://www.zohoapis.eu" });

        Assert.Equal(own.BaseAddress.ToString().TrimEnd('/'), (await TokenResponseAsync(own))["api_domain"]!.GetValue<string>());
        Assert.Equal("https://www.zohoapis.eu", (await TokenResponseAsync(configured))["api_domain"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_record_count_counts_the_view_as_the_user_sees_it()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 50 });
        using var http = await ZohoClientAsync(host);
        var inGermany = host.Zoho.GetAllRecords().Count(r => r["Mailing_Country"]?.ToString() == "Germany");

        var all = await ReadAsync(await http.GetAsync("crm/v8/Contacts/actions/count"));
        var view = await ReadAsync(await http.GetAsync($"crm/v8/Contacts/actions/count?cvid={host.Zoho.GermanyViewId}"));

        Assert.Equal("50", all["count"]!.GetValue<string>());
        Assert.Equal(inGermany.ToString(System.Globalization.CultureInfo.InvariantCulture), view["count"]!.GetValue<string>());
    }

    private static async Task<JsonObject> TokenResponseAsync(EmulatorHost host)
    {
        using var http = Client(host);
        return await ReadAsync(await http.PostAsync("oauth/v2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = host.Credentials.ZohoClientId,
            ["client_secret"] = host.Credentials.ZohoClientSecret,
            ["refresh_token"] = host.Credentials.ZohoAdminRefreshToken,
        })));
    }
}
