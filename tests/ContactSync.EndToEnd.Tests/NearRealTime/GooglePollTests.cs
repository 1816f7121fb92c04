using System.Text.Json.Nodes;
using ContactSync.Emulators;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.NearRealTime;

/// <summary>The Google poll of near-real-time plans: one call per poll, an adaptive interval, a change starts a run.</summary>
public sealed class GooglePollTests
{
    [Fact]
    public async Task Poll_CostsOneCall_BacksOffWhenQuiet_AndAGoogleEditStartsARunThatSyncsItToTheCrm()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = await w.PlanAfterFirstRunAsync();

        // The first run's own Google writes come back in the next sync-token read: one incremental run absorbs them (and
        // writes nothing for them), so the polls below start quiet.
        var settle = await w.RunAsync(plan.Id);
        Assert.Equal(0, settle.Google.Created + settle.Google.Updated + settle.Crm.Updated);

        var calls = ConnectionsCalls(w.Emulator);
        Assert.Empty(await w.Poller.TickAsync(CancellationToken.None));
        Assert.Equal(calls + 1, ConnectionsCalls(w.Emulator));
        var status = await w.StatusAsync(plan.Id);
        Assert.Equal(TimeSpan.FromSeconds(30), status.GooglePollInterval.ToTimeSpan());
        Assert.NotNull(status.LastGooglePollTime);

        // Not due yet: no call.
        w.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await w.Poller.TickAsync(CancellationToken.None));
        Assert.Equal(calls + 1, ConnectionsCalls(w.Emulator));
        w.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await w.Poller.TickAsync(CancellationToken.None));
        Assert.Equal(calls + 2, ConnectionsCalls(w.Emulator));
        Assert.Equal(TimeSpan.FromSeconds(45), (await w.StatusAsync(plan.Id)).GooglePollInterval.ToTimeSpan());

        // A user edits a synced contact in Google.
        var crmId = w.Emulator.Zoho.GetAllRecords()[0]["id"]!.GetValue<string>();
        var resource = w.GoogleContactOf(crmId)["resourceName"]!.GetValue<string>();
        w.Emulator.Google.EditContactAsUser(resource, p => p["names"]![0]!["familyName"] = "Edited in Google");
        w.Clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal([plan.Id], await w.Poller.TickAsync(CancellationToken.None));
        Assert.Equal(calls + 3, ConnectionsCalls(w.Emulator));
        status = await w.StatusAsync(plan.Id);
        Assert.Equal(TimeSpan.FromSeconds(20), status.GooglePollInterval.ToTimeSpan());
        Assert.Equal(1, status.PendingChanges);

        w.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Single(await w.Dispatcher.TickAsync(CancellationToken.None));
        var run = (await w.WaitForRunsAsync(plan.Id, 3))[0];
        Assert.Equal(Proto.RunTrigger.NearRealTime, run.Trigger);
        Assert.Equal(1, run.Crm.Updated);
        Assert.Equal("Edited in Google", w.Emulator.Zoho.GetRecord(crmId)!["Last_Name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlanThatNeverRan_IsNotPolled()
    {
        await using var w = await NearRealTimeWorld.StartAsync();
        var plan = new Proto.SyncPlan
        {
            Name = "Never ran",
            CrmUserId = w.Emulator.Credentials.ZohoUserIds["admin"],
            Direction = Proto.SyncDirection.Bidirectional,
            ConflictWinner = Proto.ConflictWinner.Crm,
            CrmViewId = w.Emulator.Zoho.AllContactsViewId,
            GoogleGroup = w.Emulator.Credentials.GoogleContactSyncGroup,
            Enabled = true,
            Interval = global::Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(NearRealTimeWorld.Interval),
            NearRealTime = true,
        };
        await w.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, NearRealTimeWorld.Auth);
        var calls = ConnectionsCalls(w.Emulator);

        Assert.Empty(await w.Poller.TickAsync(CancellationToken.None));
        Assert.Equal(calls, ConnectionsCalls(w.Emulator));
    }

    private static long ConnectionsCalls(EmulatorHost emulator) =>
        emulator.Calls.Snapshot().Where(kv => kv.Key.StartsWith("google ", StringComparison.Ordinal) && kv.Key.Contains("connections", StringComparison.Ordinal)).Sum(kv => kv.Value);
}
