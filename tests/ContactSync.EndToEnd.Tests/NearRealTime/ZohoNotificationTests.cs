using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Zoho;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.NearRealTime;

/// <summary>
/// Zoho notifications end to end: the server's Watch channel at the Zoho emulator, real callbacks to
/// <c>POST /zoho/notifications</c>, the debounced near-real-time run. Time is the server's fake clock; every wait is for a state.
/// </summary>
public sealed class ZohoNotificationTests
{
    [Fact]
    public async Task CrmEdit_IsNotified_AndOneDebouncedRunOfTheChangedRecordSyncsItToGoogle()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));

        var channel = Assert.Single(w.Emulator.ZohoWatch.Channels);
        var status = await w.StatusAsync(plan.Id);
        Assert.Equal("ACTIVE", status.ChannelState);
        Assert.Equal(channel.Expiry.ToUnixTimeSeconds(), status.ChannelExpireTime.ToDateTimeOffset().ToUnixTimeSeconds());
        Assert.True(channel.Expiry <= TimeProvider.System.GetUtcNow() + TimeSpan.FromDays(7));

        var id = w.Emulator.Zoho.GetAllRecords()[0]["id"]!.GetValue<string>();
        w.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Last_Name"] = "Notified" });
        w.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Last_Name"] = "Notified twice" });
        await w.WaitForDeliveriesAsync();
        Assert.Equal(2, w.Emulator.ZohoWatch.Deliveries.Count(d => d.Outcome == ZohoDeliveryOutcome.Delivered && d.StatusCode == 204));
        status = await NearRealTimeWorld.WaitForAsync(() => w.StatusAsync(plan.Id), s => s.PendingChanges == 1 && s.LastNotificationTime is not null, "the notifications");

        // Inside the debounce nothing runs; after it, one run takes both notifications of the record.
        Assert.Empty(await w.Dispatcher.TickAsync(CancellationToken.None));
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        var run = (await w.WaitForRunsAsync(plan.Id, 2))[0];

        Assert.Equal(Proto.RunTrigger.NearRealTime, run.Trigger);
        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(1, run.Google.Updated);
        Assert.Equal("Notified twice", NearRealTimeWorld.FamilyName(w.GoogleContactOf(id)));
        Assert.Equal(0, (await w.StatusAsync(plan.Id)).PendingChanges);
    }

    [Fact]
    public async Task ForgedNotifications_WrongTokenOrUnknownChannel_AreRefusedAndLogged_AndChangeNothing_WhileARepeatedGenuineOneIsIgnored()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var id = w.Emulator.Zoho.GetAllRecords()[0]["id"]!.GetValue<string>();
        w.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Last_Name"] = "Genuine" });
        await w.WaitForDeliveriesAsync();
        var genuine = JsonNode.Parse(Assert.Single(w.Emulator.ZohoWatch.Deliveries).Body)!.AsObject();
        Assert.Equal(1, (await w.StatusAsync(plan.Id)).PendingChanges);
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        await w.WaitForRunsAsync(plan.Id, 2);

        using var http = new HttpClient { BaseAddress = w.World.Server.Host.GrpcWebAddress };
        var other = w.Emulator.Zoho.GetAllRecords()[1]["id"]!.GetValue<string>();
        var wrongToken = Body(genuine, b => { b["token"] = "forged-token"; b["ids"] = new JsonArray(other); });
        var unknownChannel = Body(genuine, b => { b["channel_id"] = "4242424242"; b["ids"] = new JsonArray(other); });
        var noToken = Body(genuine, b => { b.Remove("token"); b["ids"] = new JsonArray(other); });
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(http, wrongToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(http, unknownChannel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(http, noToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(http, "not json")).StatusCode);

        // The genuine callback delivered again (Zoho retrying, or a replay): answered, recognised, not run again.
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(http, genuine.ToJsonString())).StatusCode);

        Assert.Equal(0, (await w.StatusAsync(plan.Id)).PendingChanges);
        w.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await w.Dispatcher.TickAsync(CancellationToken.None));
        var refused = w.World.Logs.GetSnapshot().Where(l => l.Id.Name == "NotificationRefused").Select(l => l.Message).ToList();
        Assert.Equal(3, refused.Count);
        Assert.Equal(2, refused.Count(m => m.Contains("wrong token", StringComparison.Ordinal)));
        Assert.Contains(refused, m => m.Contains("unknown channel", StringComparison.Ordinal) && m.Contains("4242424242", StringComparison.Ordinal));
        Assert.DoesNotContain(w.World.Logs.GetSnapshot(), l => l.Message.Contains(genuine["token"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(2, (await w.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, NearRealTimeWorld.Auth)).Runs.Count);
    }

    [Fact]
    public async Task DroppedNotification_IsCaughtByTheNextNotifiedRun_AndTheLastOneBeforeQuietByTheScheduledRun()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var records = w.Emulator.Zoho.GetAllRecords().Select(r => r["id"]!.GetValue<string>()).ToList();

        await EditDroppedAsync(w, records[0], "Dropped");
        w.Clock.Advance(TimeSpan.FromMinutes(1));
        w.Emulator.Zoho.UpdateRecordAsUser(records[1], new JsonObject { ["Last_Name"] = "Delivered" });
        await NearRealTimeWorld.WaitForAsync(() => w.StatusAsync(plan.Id), s => s.PendingChanges == 1, "the delivered notification");
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        var notified = (await w.WaitForRunsAsync(plan.Id, 2))[0];

        // The near-real-time run read the notified record and, with its catch-up read, the one whose notification was lost.
        Assert.Equal(Proto.RunTrigger.NearRealTime, notified.Trigger);
        Assert.Equal(2, notified.Google.Updated);
        Assert.Equal("Delivered", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[1])));
        Assert.Equal("Dropped", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[0])));

        // A lost notification with none after it: one interval after the first run (near-real-time runs do not postpone
        // the schedule) the scheduled run reads what changed since the watermark.
        await EditDroppedAsync(w, records[2], "Dropped last");
        w.Clock.Advance(NearRealTimeWorld.Interval - TimeSpan.FromMinutes(1));
        Assert.Equal([plan.Id], await w.Scheduler.TickAsync(CancellationToken.None));
        var scheduled = (await w.WaitForRunsAsync(plan.Id, 3))[0];
        Assert.Equal(Proto.RunTrigger.Scheduled, scheduled.Trigger);
        Assert.Equal(1, scheduled.Google.Updated);
        Assert.Equal("Dropped last", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[2])));
    }

    [Fact]
    public async Task FloodOfForgedNotifications_IsRefusedThenThrottled_WithoutEffectOrLogFlood_AndGenuineOnesPassAfterTheMinute()
    {
        await using var w = await NearRealTimeWorld.StartAsync(configuration: new Dictionary<string, string?> { ["ContactSync:NearRealTime:RefusalsPerMinute"] = "5" });
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var channel = Assert.Single(w.Emulator.ZohoWatch.Channels);
        var before = await w.StatusAsync(plan.Id);
        var ids = w.Emulator.Zoho.GetAllRecords().Select(r => r["id"]!.GetValue<string>()).ToList();

        using var http = new HttpClient { BaseAddress = w.World.Server.Host.GrpcWebAddress };
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            var forged = new JsonObject
            {
                ["channel_id"] = i % 2 == 0 ? channel.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture) : (4242424242L + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["token"] = $"forged-{i}",
                ["module"] = "Contacts",
                ["operation"] = "update",
                ["ids"] = new JsonArray(ids[i % ids.Count]),
                ["server_time"] = 1_700_000_000_000L + i,
            };
            var response = await PostAsync(http, forged.ToJsonString());
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
            }
        }

        // Five refusals, then 429 before any work; one refusal log line each and one throttle line, nothing changed.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Forbidden, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 55)), codes);
        var logs = w.World.Logs.GetSnapshot();
        Assert.Equal(5, logs.Count(l => l.Id.Name == "NotificationRefused"));
        Assert.Single(logs, l => l.Id.Name == "NotificationsThrottled");
        var after = await w.StatusAsync(plan.Id);
        Assert.Equal(0, after.PendingChanges);
        Assert.Equal(before.LastNotificationTime, after.LastNotificationTime);
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty(await w.Dispatcher.TickAsync(CancellationToken.None));

        // Once the minute is over the address is heard again: a genuine callback is taken and run.
        w.Clock.Advance(TimeSpan.FromMinutes(1));
        w.Emulator.Zoho.UpdateRecordAsUser(ids[0], new JsonObject { ["Last_Name"] = "After the flood" });
        await NearRealTimeWorld.WaitForAsync(() => w.StatusAsync(plan.Id), s => s.PendingChanges == 1, "the genuine notification");
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        await w.WaitForRunsAsync(plan.Id, 2);
        Assert.Equal("After the flood", NearRealTimeWorld.FamilyName(w.GoogleContactOf(ids[0])));
    }

    private static async Task EditDroppedAsync(NearRealTimeWorld w, string id, string lastName)
    {
        w.Emulator.ZohoWatch.Faults = new ZohoNotificationFaults { DropProbability = 1 };
        w.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Last_Name"] = lastName });
        await w.WaitForDeliveriesAsync();
        w.Emulator.ZohoWatch.Faults = ZohoNotificationFaults.None;
    }

    private static string Body(JsonObject genuine, Action<JsonObject> edit)
    {
        var copy = genuine.DeepClone().AsObject();
        edit(copy);
        return copy.ToJsonString();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string body) =>
        http.PostAsync("zoho/notifications", new StringContent(body, Encoding.UTF8, "application/json"));
}
