using System.Net;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Zoho;
using static ContactSync.Emulators.Tests.TestSupport;
using static ContactSync.Emulators.Tests.WatchSupport;

namespace ContactSync.Emulators.Tests;

/// <summary>Dropped, late and duplicate deliveries (seeded, so deterministic), retries, and their control surfaces.</summary>
public sealed class ZohoNotificationFaultTests
{
    [Fact]
    public async Task Drops_and_duplicates_repeat_exactly_with_the_same_seed()
    {
        var faults = new ZohoNotificationFaults { DropProbability = 0.3, DuplicateProbability = 0.3, Seed = 7 };
        var first = await RunTwentyCreatesAsync(faults);
        var second = await RunTwentyCreatesAsync(faults);

        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(first.Received, second.Received);
        var dropped = first.Outcomes.Where(o => o.EndsWith(":Dropped", StringComparison.Ordinal)).Select(o => o.Split(':')[0]).ToList();
        var doubled = first.Outcomes.Where(o => o.EndsWith(":Delivered:dup", StringComparison.Ordinal)).Select(o => o.Split(':')[0]).ToList();
        Assert.NotEmpty(dropped);
        Assert.NotEmpty(doubled);
        Assert.Equal(20 - dropped.Count + doubled.Count, first.Received.Count);
        Assert.DoesNotContain(first.Received, dropped.Contains);
        Assert.All(doubled, id => Assert.Equal(2, first.Received.Count(r => r == id)));

        var other = await RunTwentyCreatesAsync(faults with { Seed = 8 });
        Assert.NotEqual(first.Outcomes, other.Outcomes);
    }

    [Fact]
    public async Task A_late_notification_waits_for_the_emulator_clock()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        var late = new ZohoNotificationFaults { LateProbability = 1, LateDelay = TimeSpan.FromMinutes(5) };
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, ZohoWatch = new ZohoWatchOptions { Faults = late } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));
        var held = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Late" });
        host.ZohoWatch.Faults = ZohoNotificationFaults.None;
        var prompt = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Prompt" });

        // The worker sends in order: had the first not been held back, it would have arrived before the second.
        await receiver.WaitForAsync(1);
        await WaitUntilAsync(() => host.ZohoWatch.Pending == 1, "only the late notification pending");
        Assert.Equal([prompt], receiver.Received.Select(IdOf));
        clock.Advance(TimeSpan.FromMinutes(5));
        await receiver.WaitForAsync(2);
        await WaitForIdleAsync(host);
        Assert.Equal([prompt, held], receiver.Received.Select(IdOf));
        Assert.Equal([false, true], host.ZohoWatch.Deliveries.Select(d => d.Late));
    }

    [Fact]
    public async Task Receiver_errors_are_not_retried_by_default()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        receiver.Status = 503;
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Refused" });
        await receiver.WaitForAsync(1);
        await WaitForIdleAsync(host);

        clock.Advance(TimeSpan.FromMinutes(50));
        receiver.Status = 200;
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Accepted" });
        await receiver.WaitForAsync(2);
        await WaitForIdleAsync(host);
        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal([(ZohoDeliveryOutcome.Rejected, 503), (ZohoDeliveryOutcome.Delivered, 200)], host.ZohoWatch.Deliveries.Select(d => (d.Outcome, d.StatusCode ?? 0)));
    }

    [Fact]
    public async Task Retries_when_set_wait_their_delay_and_stop_after_the_last()
    {
        var clock = NewClock();
        await using var receiver = await NotificationReceiver.StartAsync();
        receiver.Status = 500;
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, ZohoWatch = new ZohoWatchOptions { Retries = 2, RetryDelay = TimeSpan.FromMinutes(1) } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));
        host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Retried" });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await receiver.WaitForAsync(attempt);
            await WaitUntilAsync(() => host.ZohoWatch.Deliveries.Count == attempt, $"attempt {attempt} logged");
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await WaitForIdleAsync(host);
        Assert.Equal([1, 2, 3], host.ZohoWatch.Deliveries.Select(d => d.Attempt));
        Assert.All(host.ZohoWatch.Deliveries, d => Assert.Equal(ZohoDeliveryOutcome.Rejected, d.Outcome));
        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Received.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task The_http_control_surface_sets_faults_shows_the_log_and_expires_channels()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync();
        using var http = await ZohoClientAsync(host);
        using var control = Client(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.all"));

        var bad = await control.PostAsync("_emulator/zoho/notifications/faults", JsonBody(new JsonObject { ["dropProbability"] = 1.5 }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var set = await ReadAsync(await control.PostAsync("_emulator/zoho/notifications/faults", JsonBody(new JsonObject { ["dropProbability"] = 1, ["seed"] = 3 })));
        Assert.Equal(1, set["dropProbability"]!.GetValue<double>());
        var id = host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "Dropped" });

        var log = await ReadAsync(await control.GetAsync("_emulator/zoho/notifications"));
        var entry = log["deliveries"]!.AsArray().Single()!;
        Assert.Equal(("Dropped", id, 0), (entry["outcome"]!.GetValue<string>(), entry["ids"]![0]!.GetValue<string>(), log["pending"]!.GetValue<int>()));
        Assert.Equal("insert", entry["body"]!["operation"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await control.DeleteAsync("_emulator/zoho/notifications/faults")).StatusCode);
        Assert.Equal(0, host.ZohoWatch.Faults.DropProbability);

        var channels = await ReadAsync(await control.GetAsync("_emulator/zoho/watch"));
        Assert.Equal("1", channels["channels"]![0]!["channelId"]!.ToString());
        var expired = await ReadAsync(await control.PostAsync("_emulator/zoho/watch/expire", null));
        Assert.Equal(1, expired["expired"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, (await http.GetAsync("crm/v8/actions/watch")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await control.DeleteAsync("_emulator/zoho/notifications")).StatusCode);
        Assert.Empty(host.ZohoWatch.Deliveries);
    }

    [Fact]
    public void Standalone_flags_set_the_delivery_faults_and_settings()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["notify-drop"] = "0.1",
            ["notify-late"] = "0.2",
            ["notify-late-ms"] = "5000",
            ["notify-duplicate"] = "0.05",
            ["notify-batch-ms"] = "250",
            ["notify-retries"] = "2",
            ["notify-update-operation"] = "edit",
        };
        var options = ZohoWatchArguments.Parse(values, seed: 9);
        Assert.Equal(new ZohoNotificationFaults { DropProbability = 0.1, LateProbability = 0.2, LateDelay = TimeSpan.FromSeconds(5), DuplicateProbability = 0.05, Seed = 9 }, options.Faults);
        Assert.Equal((TimeSpan.FromMilliseconds(250), 2, "edit", "delete"), (options.BatchWindow, options.Retries, options.UpdateOperation, options.DeleteOperation));
        Assert.Throws<ArgumentOutOfRangeException>(() => ZohoWatchArguments.Parse(new Dictionary<string, string> { ["notify-drop"] = "2" }, 1));
    }

    private static string IdOf(ReceivedCallback callback) => callback.Json["ids"]![0]!.GetValue<string>();

    private static async Task<(List<string> Outcomes, List<string> Received)> RunTwentyCreatesAsync(ZohoNotificationFaults faults)
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var host = await StartAsync(new EmulatorOptions { ZohoWatch = new ZohoWatchOptions { Faults = faults } });
        using var http = await ZohoClientAsync(host);
        await EnableAsync(http, Item(1, receiver.Url("cb"), "Contacts.create"));
        for (var i = 0; i < 20; i++)
        {
            host.Zoho.CreateRecordAsUser(new JsonObject { ["Last_Name"] = "N" + i });
        }

        await WaitForIdleAsync(host);

        // Drops are logged when decided, deliveries when done: compare them by record, not by log order.
        var outcomes = host.ZohoWatch.Deliveries
            .Select(d => $"{d.Ids[0]}:{d.Outcome}" + (d.Duplicate ? ":dup" : string.Empty))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (outcomes, receiver.Received.Select(IdOf).Order(StringComparer.Ordinal).ToList());
    }
}
