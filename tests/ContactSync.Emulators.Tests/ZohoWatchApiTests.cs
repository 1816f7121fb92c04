using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;
using static ContactSync.Emulators.Tests.WatchSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>The Watch API's requests and answers (reference zoho-crm-api.md §6, OAS notifications.json).</summary>
public sealed class ZohoWatchApiTests
{
    private const string Url = "https://receiver.example/zoho?plan=7";

    [Fact]
    public async Task Enable_details_and_disable_round_trip_with_documented_bodies()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var http = await ZohoClientAsync(host);
        var item = Item(1000000068001, Url, "Contacts.all");
        item["token"] = "TOKEN_FOR_VERIFICATION_OF_1000000068001";

        var enable = await SendAsync(http, HttpMethod.Post, item);
        Assert.Equal(HttpStatusCode.Created, enable.StatusCode);
        var result = (await ReadAsync(enable))["watch"]![0]!.AsObject();
        Assert.Equal(("SUCCESS", "success", "Successfully subscribed for actions-watch of the given module"), (Str(result["code"]), Str(result["status"]), Str(result["message"])));
        var e = result["details"]!["events"]![0]!.AsObject();
        Assert.Equal(["channel_expiry", "resource_uri", "resource_id", "resource_name", "channel_id"], e.Select(p => p.Key));
        Assert.Equal(("1000000068001", "Contacts", host.BaseAddress + "crm/v8/Contacts"), (Str(e["channel_id"]), Str(e["resource_name"]), Str(e["resource_uri"])));
        Assert.Equal("2025-06-02T12:00:00+01:00", Str(e["channel_expiry"]));

        var details = await ReadAsync(await http.GetAsync("crm/v8/actions/watch"));
        var channel = details["watch"]![0]!.AsObject();
        Assert.Equal(
            ["notify_on_related_action", "channel_expiry", "return_affected_field_values", "resource_uri", "resource_id", "notify_url", "resource_name", "fields", "notification_condition", "channel_id", "events", "token"],
            channel.Select(p => p.Key));
        Assert.Equal("TOKEN_FOR_VERIFICATION_OF_1000000068001", Str(channel["token"]));
        Assert.Equal(Url, Str(channel["notify_url"]));
        Assert.Equal(["Contacts.edit", "Contacts.create", "Contacts.delete"], channel["events"]!.AsArray().Select(Str));
        Assert.True(channel["notify_on_related_action"]!.GetValue<bool>());
        Assert.False(channel["return_affected_field_values"]!.GetValue<bool>());
        Assert.Null(channel["notification_condition"]);
        Assert.Equal("{\"per_page\":200,\"count\":1,\"page\":1,\"more_records\":false}", details["info"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch?channel_id=5")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch?module=Leads")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("crm/v8/actions/watch?module=Contacts&channel_id=1000000068001")).StatusCode);

        var disable = await http.DeleteAsync("crm/v8/actions/watch?channel_ids=1000000068001");
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        var gone = (await ReadAsync(disable))["watch"]![0]!;
        Assert.Equal("Successfully un-subscribed from actions-watch", Str(gone["message"]));
        Assert.Equal("1000000068001", Str(gone["details"]!["channel_id"]));
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch")).StatusCode);
        var again = await http.DeleteAsync("crm/v8/actions/watch?channel_ids=1000000068001");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("NOT_SUBSCRIBED", Str((await ReadAsync(again))["watch"]![0]!["code"]));
        var missing = await http.DeleteAsync("crm/v8/actions/watch");
        Assert.Equal("REQUIRED_PARAM_MISSING", Str((await ReadAsync(missing))["code"]));
    }

    [Fact]
    public async Task Enable_checks_every_item_with_the_documented_errors()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var longToken = Item(2, Url, "Contacts.create");
        longToken["token"] = new string('t', 51);
        var noUrl = Item(3, Url, "Contacts.create");
        noUrl.Remove("notify_url");
        var noType = Item(6, Url, "Contacts.edit");
        noType["notification_condition"] = Condition(null, "or", Field("Email"));

        var response = await SendAsync(http, HttpMethod.Post, Item(1, Url, "Contacts.create"), longToken, noUrl, Item(4, Url, "Contacts.upsert"), Item(5, Url, "Leads.create"), noType);
        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var results = (await ReadAsync(response))["watch"]!.AsArray();
        Assert.Equal(
            ["SUCCESS", "INVALID_DATA $.watch[1].token", "MANDATORY_NOT_FOUND $.watch[2].notify_url", "INVALID_DATA $.watch[3].events[0]", "INVALID_DATA $.watch[4].events[0]", "DEPENDENT_FIELD_MISSING $.watch[5].notification_condition[0].type"],
            results.Select(r => (Str(r!["code"]) + " " + Str(r["details"]?["json_path"])).Trim()));

        var allWrong = await SendAsync(http, HttpMethod.Post, longToken);
        Assert.Equal(HttpStatusCode.BadRequest, allWrong.StatusCode);
        var noBody = await http.PostAsync("crm/v8/actions/watch", JsonBody(new JsonObject()));
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Equal("MANDATORY_NOT_FOUND", Str((await ReadAsync(noBody))["code"]));
        var fifty = Item(7, Url, "Contacts.create");
        fifty["token"] = new string('t', 50);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(http, HttpMethod.Post, fifty)).StatusCode);
    }

    [Fact]
    public async Task Channel_expiry_is_one_hour_when_omitted_or_beyond_a_week()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var http = await ZohoClientAsync(host);
        var now = clock.GetUtcNow();
        JsonObject With(long id, DateTimeOffset? expiry)
        {
            var item = Item(id, Url, "Contacts.all");
            if (expiry is { } e)
            {
                item["channel_expiry"] = e.ToOffset(TimeSpan.FromHours(5.5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            }

            return item;
        }

        var results = (await ReadAsync(await SendAsync(http, HttpMethod.Post, With(1, null), With(2, now.AddDays(8)), With(3, now.AddDays(6)), With(4, now.AddDays(7)), With(5, now.AddMinutes(-1)))))["watch"]!.AsArray();
        DateTimeOffset Expiry(int i) => DateTimeOffset.Parse(Str(results[i]!["details"]!["events"]![0]!["channel_expiry"])!, CultureInfo.InvariantCulture);
        Assert.Equal(now.AddHours(1), Expiry(0));
        Assert.Equal(now.AddHours(1), Expiry(1));
        Assert.Equal(now.AddDays(6), Expiry(2));
        Assert.Equal(now.AddDays(7), Expiry(3));
        Assert.Equal("INVALID_DATA", Str(results[4]!["code"]));
        Assert.Equal(now.AddDays(6), host.ZohoWatch.Channels.Single(c => c.ChannelId == 3).Expiry);
    }

    [Fact]
    public async Task Put_and_patch_renew_a_channel_and_patch_disables_some_events()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(30) });
        using var http = await ZohoClientAsync(host);
        var item = Item(7, Url, "Contacts.create");
        item["token"] = "a";
        item["return_affected_field_values"] = true;
        await EnableAsync(http, item);
        clock.Advance(TimeSpan.FromMinutes(50));

        var patch = Item(7, Url, "Contacts.edit");
        patch["channel_expiry"] = clock.GetUtcNow().AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var patched = await SendAsync(http, HttpMethod.Patch, patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Successfully updated the subscribe details", Str((await ReadAsync(patched))["watch"]![0]!["message"]));
        clock.Advance(TimeSpan.FromHours(2));
        var info = host.ZohoWatch.Channels.Single();
        Assert.Equal(["Contacts.edit", "Contacts.create"], info.Events);
        Assert.Equal(("a", true), (info.Token, info.ReturnAffectedFieldValues));
        Assert.Equal(clock.GetUtcNow().AddHours(-2).AddDays(3), info.Expiry);

        var renewed = await SendAsync(http, HttpMethod.Patch, Item(7, Url, "Contacts.edit"));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(clock.GetUtcNow().AddHours(1), host.ZohoWatch.Channels.Single().Expiry);

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Put, Item(7, "https://other.example/cb", "Contacts.delete", "Contacts.edit"))).StatusCode);
        info = host.ZohoWatch.Channels.Single();
        Assert.Equal(["Contacts.edit", "Contacts.delete"], info.Events);
        Assert.Equal((null, false, "https://other.example/cb"), (info.Token, info.ReturnAffectedFieldValues, info.NotifyUrl));

        var disableOne = new JsonObject { ["channel_id"] = "7", ["events"] = new JsonArray("Contacts.delete"), ["_delete_events"] = true };
        var removed = await SendAsync(http, HttpMethod.Patch, disableOne);
        Assert.Equal("Successfully removed the subscribe details", Str((await ReadAsync(removed))["watch"]![0]!["message"]));
        Assert.Equal(["Contacts.edit"], host.ZohoWatch.Channels.Single().Events);
        disableOne["events"] = new JsonArray("Contacts.edit");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Patch, disableOne)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch")).StatusCode);

        var unknown = await SendAsync(http, HttpMethod.Put, Item(7, Url, "Contacts.all"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("NOT_SUBSCRIBED", Str((await ReadAsync(unknown))["watch"]![0]!["code"]));
    }

    [Fact]
    public async Task An_expired_channel_is_gone_and_cannot_be_renewed()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(30) });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(9, Url, "Contacts.all"));
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Single(host.ZohoWatch.Channels);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(host.ZohoWatch.Channels);
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch")).StatusCode);
        var patch = await SendAsync(http, HttpMethod.Patch, Item(9, Url, "Contacts.all"));
        Assert.Equal("NOT_SUBSCRIBED", Str((await ReadAsync(patch))["watch"]![0]!["code"]));
        await EnableAsync(http, Item(9, Url, "Contacts.all"));
        Assert.Single(host.ZohoWatch.Channels);
    }

    [Fact]
    public async Task The_channel_limit_setting_refuses_new_channels_only()
    {
        await using var host = await StartAsync(new EmulatorOptions { ZohoWatch = new Zoho.ZohoWatchOptions { MaxChannels = 1 } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, Url, "Contacts.all"));
        var second = await SendAsync(http, HttpMethod.Post, Item(2, Url, "Contacts.all"));
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", Str((await ReadAsync(second))["watch"]![0]!["code"]));
        await EnableAsync(http, Item(1, "https://other.example/cb", "Contacts.edit"));
        Assert.Equal("https://other.example/cb", host.ZohoWatch.Channels.Single().NotifyUrl);
    }

    [Fact]
    public async Task Notification_condition_is_checked_and_shown_as_documented()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var ok = Item(1, Url, "Contacts.edit");
        ok["notification_condition"] = Condition("field_selection", "or", Field("Email"), new JsonObject { ["group_operator"] = "and", ["group"] = new JsonArray(Field("First_Name"), Field("Last_Name")) });
        await EnableAsync(http, ok);
        var shown = (await ReadAsync(await http.GetAsync("crm/v8/actions/watch")))["watch"]![0]!["notification_condition"]![0]!;
        Assert.Equal("field_selection", Str(shown["type"]));
        Assert.Equal("Contacts", Str(shown["module"]!["api_name"]));
        var group = shown["field_selection"]!["group"]!.AsArray();
        Assert.Equal("Email", Str(group[0]!["field"]!["api_name"]));
        Assert.NotNull(group[0]!["field"]!["id"]);
        Assert.True(group[0]!.AsObject().ContainsKey("group_operator") && group[0]!["group_operator"] is null);
        Assert.Equal("and", Str(group[1]!["group_operator"]));

        JsonObject With(JsonNode condition)
        {
            var item = Item(2, Url, "Contacts.edit");
            item["notification_condition"] = condition;
            return item;
        }

        var eleven = Condition("field_selection", "or", ["First_Name", "Last_Name", "Email", "Phone", "Mobile", "Title", "Department", "Fax", "Mailing_City", "Mailing_Country", "Description"]);
        var wrongModule = Condition("field_selection", "or", Field("Email"));
        wrongModule[0]!["module"]!["id"] = "123";
        var results = (await ReadAsync(await SendAsync(http, HttpMethod.Post,
            With(eleven), With(Condition("field_selection", "or", Field("No_Such_Field"))), With(Condition("field_selection", "xor", Field("Email"))), With(wrongModule))))["watch"]!.AsArray();
        Assert.Equal(
            ["INVALID_DATA", "INVALID_DATA", "INVALID_DATA", "AMBIGUITY_DURING_PROCESSING"],
            results.Select(r => Str(r!["code"])));
        Assert.Equal("$.watch[1].notification_condition[0].field_selection.group[0].field.api_name", Str(results[1]!["details"]!["json_path"]));
    }

    [Fact]
    public async Task Details_are_paged_and_several_channels_are_disabled_in_one_call()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(http, HttpMethod.Post, Item(3, Url, "Contacts.all"), Item(1, Url, "Contacts.edit"), Item(2, Url, "Contacts.delete"))).StatusCode);

        var first = await ReadAsync(await http.GetAsync("crm/v8/actions/watch?per_page=2"));
        Assert.Equal(["1", "2"], first["watch"]!.AsArray().Select(w => Str(w!["channel_id"])));
        Assert.Equal("{\"per_page\":2,\"count\":2,\"page\":1,\"more_records\":true}", first["info"]!.ToJsonString());
        var second = await ReadAsync(await http.GetAsync("crm/v8/actions/watch?per_page=2&page=2"));
        Assert.Equal(["3"], second["watch"]!.AsArray().Select(w => Str(w!["channel_id"])));
        Assert.False(second["info"]!["more_records"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch?per_page=2&page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("crm/v8/actions/watch?per_page=201")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("crm/v8/actions/watch?channel_id=abc")).StatusCode);

        var disable = await http.DeleteAsync("crm/v8/actions/watch?channel_ids=1,99,3");
        Assert.Equal(HttpStatusCode.MultiStatus, disable.StatusCode);
        Assert.Equal(["SUCCESS", "NOT_SUBSCRIBED", "SUCCESS"], (await ReadAsync(disable))["watch"]!.AsArray().Select(w => Str(w!["code"])));
        Assert.Equal([2L], host.ZohoWatch.Channels.Select(c => c.ChannelId));
    }

    [Fact]
    public async Task A_body_that_is_not_a_json_object_gets_400_not_a_server_error()
    {
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var watch = await http.PostAsync("crm/v8/actions/watch", JsonBody(new JsonArray()));
        Assert.Equal(HttpStatusCode.BadRequest, watch.StatusCode);
        Assert.Equal("MANDATORY_NOT_FOUND", Str((await ReadAsync(watch))["code"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonArray()))).StatusCode);
    }

    internal static JsonObject Field(string apiName) => new() { ["field"] = new JsonObject { ["api_name"] = apiName } };

    internal static JsonArray Condition(string? type, string op, params JsonNode[] group)
    {
        var entry = new JsonObject
        {
            ["module"] = new JsonObject { ["api_name"] = "Contacts" },
            ["field_selection"] = new JsonObject { ["group_operator"] = op, ["group"] = new JsonArray(group) },
        };
        if (type is not null)
        {
            entry["type"] = type;
        }

        return new JsonArray(entry);
    }

    private static JsonArray Condition(string type, string op, string[] fields) => Condition(type, op, fields.Select(f => (JsonNode)Field(f)).ToArray());

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
}
