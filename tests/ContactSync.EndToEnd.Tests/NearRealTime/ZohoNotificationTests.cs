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
    public async Task DroppedNotification_IsCaughtByTheScheduledRun_WhichNearRealTimeRunsDoNotPostpone()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var records = w.Emulator.Zoho.GetAllRecords().Select(r => r["id"]!.GetValue<string>()).ToList();

        w.Emulator.ZohoWatch.Faults = new ZohoNotificationFaults { DropProbability = 1 };
        w.Emulator.Zoho.UpdateRecordAsUser(records[0], new JsonObject { ["Last_Name"] = "Dropped" });
        await w.WaitForDeliveriesAsync();
        w.Emulator.ZohoWatch.Faults = ZohoNotificationFaults.None;
        w.Clock.Advance(TimeSpan.FromMinutes(1));
        w.Emulator.Zoho.UpdateRecordAsUser(records[1], new JsonObject { ["Last_Name"] = "Delivered" });
        await NearRealTimeWorld.WaitForAsync(() => w.StatusAsync(plan.Id), s => s.PendingChanges == 1, "the delivered notification");
        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        await w.WaitForRunsAsync(plan.Id, 2);

        // The near-real-time run synced only the notified record.
        Assert.Equal("Delivered", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[1])));
        Assert.NotEqual("Dropped", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[0])));

        // One interval after the first run (not after the near-real-time one) the scheduled run reads what changed since
        // the watermark, which the near-real-time run left in place.
        w.Clock.Advance(NearRealTimeWorld.Interval - TimeSpan.FromMinutes(1));
        Assert.Equal([plan.Id], await w.Scheduler.TickAsync(CancellationToken.None));
        var scheduled = (await w.WaitForRunsAsync(plan.Id, 3))[0];
        Assert.Equal(Proto.RunTrigger.Scheduled, scheduled.Trigger);
        Assert.Equal("Dropped", NearRealTimeWorld.FamilyName(w.GoogleContactOf(records[0])));
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
