using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.NearRealTime;

/// <summary>The Watch channel of a near-real-time plan over its life: enabled, renewed, re-created after expiry and restart, removed.</summary>
public sealed class WatchChannelLifecycleTests
{
    [Fact]
    public async Task Channel_IsRenewedWellBeforeItEnds_ThenKeptAsIs()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var first = Assert.Single(w.Emulator.ZohoWatch.Channels);

        // Default lifetime one day, renewed once less than 8 hours are left.
        w.Clock.Advance(TimeSpan.FromHours(15));
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));
        Assert.Equal(first.Expiry, Assert.Single(w.Emulator.ZohoWatch.Channels).Expiry);

        w.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));
        var renewed = Assert.Single(w.Emulator.ZohoWatch.Channels);
        Assert.Equal(first.ChannelId, renewed.ChannelId);
        Assert.Equal(first.Token, renewed.Token);
        Assert.True(renewed.Expiry >= first.Expiry + TimeSpan.FromHours(16), $"{first.Expiry:O} → {renewed.Expiry:O}");
        var status = await w.StatusAsync(plan.Id);
        Assert.Equal("ACTIVE", status.ChannelState);
        Assert.Equal(renewed.Expiry.ToUnixTimeSeconds(), status.ChannelExpireTime.ToDateTimeOffset().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task ExpiredChannel_IsEnabledAgain_AndItsNotificationsAreAccepted()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var first = Assert.Single(w.Emulator.ZohoWatch.Channels);

        Assert.Equal(1, w.Emulator.ZohoWatch.ExpireAll());
        Assert.Empty(w.Emulator.ZohoWatch.Channels);
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));

        var again = Assert.Single(w.Emulator.ZohoWatch.Channels);
        Assert.Equal(first.ChannelId, again.ChannelId);
        Assert.NotEqual(first.Token, again.Token);
        await AssertNotificationAcceptedAsync(w, plan.Id);
        Assert.Contains(w.World.Logs.GetSnapshot(), l => l.Id.Name == "ChannelLost");
    }

    [Fact]
    public async Task AfterARestart_TheChannelIsEnabledAgainWithAFreshToken_AndTheOldTokenIsRefused()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        await w.Channels.TickAsync(CancellationToken.None);
        var before = Assert.Single(w.Emulator.ZohoWatch.Channels);

        await w.RestartAsync();
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));

        var after = Assert.Single(w.Emulator.ZohoWatch.Channels);
        Assert.Equal(before.ChannelId, after.ChannelId);
        Assert.NotEqual(before.Token, after.Token);
        Assert.Equal("ACTIVE", (await w.StatusAsync(plan.Id)).ChannelState);

        // A callback with the token of before the restart is refused.
        var id = w.Emulator.Zoho.GetAllRecords()[1]["id"]!.GetValue<string>();
        var stale = new JsonObject
        {
            ["server_time"] = w.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            ["module"] = "Contacts",
            ["ids"] = new JsonArray(id),
            ["operation"] = "update",
            ["channel_id"] = before.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["token"] = before.Token,
        };
        using var http = new HttpClient { BaseAddress = w.World.Server.Host.GrpcWebAddress };
        var answer = await http.PostAsync("zoho/notifications", new StringContent(stale.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(0, (await w.StatusAsync(plan.Id)).PendingChanges);

        await AssertNotificationAcceptedAsync(w, plan.Id);
    }

    [Fact]
    public async Task DisabledThenDeletedPlan_ItsChannelIsRemovedAtZoho()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();
        var other = await w.PlanAfterFirstRunAsync("Second NRT plan");
        await w.Channels.TickAsync(CancellationToken.None);
        Assert.Equal(2, w.Emulator.ZohoWatch.Channels.Count);
        var channelOfOther = (await w.StatusAsync(other.Id)).ChannelExpireTime;
        Assert.NotNull(channelOfOther);

        var disabled = (await w.Client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = plan.Id }, NearRealTimeWorld.Auth)).Plan;
        disabled.Enabled = false;
        disabled = (await w.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = disabled }, NearRealTimeWorld.Auth)).Plan;
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));
        Assert.Single(w.Emulator.ZohoWatch.Channels);
        Assert.Equal("NONE", (await w.StatusAsync(plan.Id)).ChannelState);

        await w.Client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = other.Id }, NearRealTimeWorld.Auth);
        Assert.Equal(0, await w.Channels.TickAsync(CancellationToken.None));
        Assert.Empty(w.Emulator.ZohoWatch.Channels);
        Assert.Equal(2, w.World.Logs.GetSnapshot().Count(l => l.Id.Name == "ChannelRemoved"));

        // Turned on again: a new channel.
        disabled.Enabled = true;
        disabled.Interval = Duration.FromTimeSpan(NearRealTimeWorld.Interval);
        await w.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = disabled }, NearRealTimeWorld.Auth);
        await w.Channels.TickAsync(CancellationToken.None);
        Assert.Single(w.Emulator.ZohoWatch.Channels);
    }

    private static async Task AssertNotificationAcceptedAsync(NearRealTimeWorld w, string planId)
    {
        var id = w.Emulator.Zoho.GetAllRecords()[0]["id"]!.GetValue<string>();
        w.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Last_Name"] = "After" });
        // The status reads the channel before the waiting changes: wait for both.
        await NearRealTimeWorld.WaitForAsync(() => w.StatusAsync(planId), s => s.PendingChanges == 1 && s.LastNotificationTime is not null, "the notification to be accepted");
    }
}
