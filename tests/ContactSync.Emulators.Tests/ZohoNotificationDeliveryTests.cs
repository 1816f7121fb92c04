using System.Net;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Zoho;
using static ContactSync.Emulators.Tests.TestSupport;
using static ContactSync.Emulators.Tests.WatchSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>
/// Callbacks POSTed to a real loopback receiver. Delivery runs in the background: tests wait for the receiver or for the
/// emulator's pending count, never for a time. "Not delivered" is shown by a later callback that must come after it.
/// </summary>
public sealed class ZohoNotificationDeliveryTests
{
    [Fact]
    public async Task A_delivered_callback_has_the_documented_body()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var http = await ZohoClientAsync(host);
        var item = Item(1000000068001, receiver.Url("zoho/notify?plan=7&src=emu"), "Contacts.all");
        item["token"] = "TOKEN_FOR_VERIFICATION_OF_1000000068001";
        await EnableAsync(http, item);
        clock.Advance(TimeSpan.FromSeconds(3.25));

        var created = await ReadAsync(await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Öztürk" }) })));
        var id = created["data"]![0]!["details"]!["id"]!.GetValue<string>();

        var callback = (await receiver.WaitForAsync(1))[0];
        Assert.Equal("/zoho/notify?plan=7&src=emu", callback.PathAndQuery);
        Assert.StartsWith("application/json", callback.ContentType, StringComparison.Ordinal);
        var expected = new JsonObject
        {
            ["server_time"] = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ["query_params"] = new JsonObject { ["plan"] = "7", ["src"] = "emu" },
            ["module"] = "Contacts",
            ["resource_uri"] = host.BaseAddress + "crm/v8/Contacts",
            ["ids"] = new JsonArray(id),
            ["affected_fields"] = new JsonArray(),
            ["operation"] = "insert",
            ["channel_id"] = "1000000068001",
            ["token"] = "TOKEN_FOR_VERIFICATION_OF_1000000068001",
        };
        Assert.True(JsonNode.DeepEquals(expected, callback.Json), callback.Body);
        Assert.Equal(expected.Select(p => p.Key), callback.Json.Select(p => p.Key));
        await WaitForIdleAsync(host);
        var delivery = Assert.Single(host.ZohoWatch.Deliveries);
        Assert.Equal((ZohoDeliveryOutcome.Delivered, 200, 1000000068001L), (delivery.Outcome, delivery.StatusCode, delivery.ChannelId));
    }

    [Fact]
    public async Task Edits_and_deletes_carry_their_operation_and_changed_fields()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        var watch = new ZohoWatchOptions { UpdateOperation = "edit-setting", DeleteOperation = "delete-setting" };
        await using var host = await StartAsync(new EmulatorOptions { ZohoWatch = watch });
        using var http = await ZohoClientAsync(host);
        var item = Item(5, receiver.Url("cb"), "Contacts.all");
        item["return_affected_field_values"] = true;
        await EnableAsync(http, item);

        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Brontë", ["Email"] = "anne@example.com" });
        var update = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["id"] = id, ["Last_Name"] = "Brontë", ["First_Name"] = "Anne", ["Email"] = "anne.b@example.com" }) };
        Assert.Equal(HttpStatusCode.OK, (await http.PutAsync("crm/v8/Contacts", JsonBody(update))).StatusCode);
        Assert.True(host.Zoho.DeleteRecordAsUser(id));

        var callbacks = (await receiver.WaitForAsync(3)).Select(c => c.Json).ToList();
        Assert.Equal(["insert", "edit-setting", "delete-setting"], callbacks.Select(c => c["operation"]!.GetValue<string>()));
        AssertJson("[]", callbacks[0]["affected_fields"]!);
        AssertJson($"[{{\"record_id\":\"{id}\",\"values\":{{\"Last_Name\":\"Brontë\",\"Email\":\"anne@example.com\"}}}}]", callbacks[0]["affected_values"]!);
        AssertJson($"[{{\"{id}\":[\"First_Name\",\"Email\"]}}]", callbacks[1]["affected_fields"]!);
        AssertJson($"[{{\"record_id\":\"{id}\",\"values\":{{\"First_Name\":\"Anne\",\"Email\":\"anne.b@example.com\"}}}}]", callbacks[1]["affected_values"]!);
        AssertJson("[]", callbacks[2]["affected_fields"]!);
        Assert.False(callbacks[2].ContainsKey("affected_values"));
        Assert.All(callbacks, c => Assert.Equal(id, c["ids"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task One_api_call_is_one_callback_with_all_its_ids_and_each_helper_change_is_one()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));

        var three = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "A" }, new JsonObject { ["Last_Name"] = "B" }, new JsonObject { ["Last_Name"] = "C" }) };
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("crm/v8/Contacts", JsonBody(three))).StatusCode);
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "D" });
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "E" });

        var callbacks = await receiver.WaitForAsync(3);
        await WaitForIdleAsync(host);
        Assert.Equal([3, 1, 1], receiver.Received.Select(c => c.Json["ids"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_batch_window_merges_the_changes_of_one_channel_into_one_callback()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, ZohoWatch = new ZohoWatchOptions { BatchWindow = TimeSpan.FromSeconds(10) } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));

        var ids = Enumerable.Range(0, 3).Select(i => host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "N" + i })).ToList();
        Assert.Equal(1, host.ZohoWatch.Pending);
        Assert.Empty(host.ZohoWatch.Deliveries);
        clock.Advance(TimeSpan.FromSeconds(10));

        var callback = (await receiver.WaitForAsync(1))[0];
        Assert.Equal(ids, callback.Json["ids"]!.AsArray().Select(i => i!.GetValue<string>()));
        await WaitForIdleAsync(host);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task An_expired_channel_stops_delivering()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(30) });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("first"), "Contacts.create"));
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Before" });
        await receiver.WaitForAsync(1);

        clock.Advance(TimeSpan.FromHours(1));
        await EnableAsync(http, Item(2, receiver.Url("second"), "Contacts.create"));
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "After" });

        // Channel 1 comes first in every delivery round: had it still been live, its callback would be the second one.
        var callbacks = await receiver.WaitForAsync(2);
        await WaitForIdleAsync(host);
        Assert.Equal(["/first", "/second"], receiver.Received.Select(c => c.PathAndQuery));
        Assert.Equal([1L, 2L], host.ZohoWatch.Deliveries.Select(d => d.ChannelId));
    }

    [Fact]
    public async Task A_field_condition_limits_edit_callbacks_to_its_fields()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        var item = Item(3, receiver.Url("cb"), "Contacts.all");
        item["notification_condition"] = ZohoWatchApiTests.Condition("field_selection", "or", ZohoWatchApiTests.Field("Email"));
        await EnableAsync(http, item);

        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Nguyễn", ["Phone"] = "+49 30 1" });
        host.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Phone"] = "+49 30 2" });
        host.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Email"] = "nguyen@example.com" });

        await receiver.WaitForAsync(2);
        await WaitForIdleAsync(host);
        var callbacks = receiver.Received.Select(c => c.Json).ToList();
        Assert.Equal(["insert", "update"], callbacks.Select(c => c["operation"]!.GetValue<string>()));
        AssertJson($"[{{\"{id}\":[\"Email\"]}}]", callbacks[1]["affected_fields"]!);
    }

    [Fact]
    public async Task Delivery_never_holds_up_the_api_call_that_caused_it()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartAsync(new EmulatorOptions { ZohoWatch = new ZohoWatchOptions { DeliveryTimeout = TimeSpan.FromMinutes(5) } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(4, receiver.Url("cb"), "Contacts.create"));

        var first = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Held" }) }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await receiver.WaitForAsync(1);
        var second = await http.PostAsync("crm/v8/Contacts", JsonBody(new JsonObject { ["data"] = new JsonArray(new JsonObject { ["Last_Name"] = "Queued" }) }));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, host.ZohoWatch.Pending);
        Assert.Empty(host.ZohoWatch.Deliveries);

        receiver.Hold.SetResult();
        await receiver.WaitForAsync(2);
        await WaitForIdleAsync(host);
        Assert.All(host.ZohoWatch.Deliveries, d => Assert.Equal(ZohoDeliveryOutcome.Delivered, d.Outcome));
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString());
}
