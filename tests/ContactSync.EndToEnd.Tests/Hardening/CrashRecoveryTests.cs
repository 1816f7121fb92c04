using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Processes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Hardening;

/// <summary>
/// After kill -9 and a restart: the dead run is closed at once (not shown as current, not joined), its record says it was
/// interrupted, and its counts are what it had written (saved after every batch: never more, at most one batch less).
/// The lease and progress interval are long here, so waiting for the lease to expire cannot be what makes the test pass.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const string AdminKey = "csk_recovery_9d3f62b7a1c84e05f6a2d9c3b7e18f4a60c5d2b8";
    private const int GoogleBatch = 200;

    [Fact]
    public async Task KilledMidRun_RestartedServer_ClosesTheDeadRunAtOnce_WithCountsOfWhatWasWritten()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 3000, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 91 }, CancellationToken.None);
        emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 100));
        var data = Directory.CreateTempSubdirectory("contactsync-recovery-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["ContactSync__Runs__LeaseDuration"] = "00:30:00",
            ["ContactSync__Runs__ProgressInterval"] = "00:10:00",
            ["ContactSync__Runs__SchedulerEnabled"] = "false",
        };
        var auth = new Metadata { { "authorization", "Bearer " + AdminKey } };
        var group = emulator.Credentials.GoogleContactSyncGroup;
        string planId;
        string killedRunId;
        await using (var first = await ServerProcess.StartAsync(data, AdminKey, settings))
        {
            await first.Client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
            await first.Client.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
            planId = (await first.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(emulator) }, auth)).Plan.Id;
            using var call = first.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth);
            killedRunId = await ReadUntilGoogleCreatedAsync(call, 3 * GoogleBatch);
            await first.KillAsync();
        }

        var written = emulator.Google.GetGroupMembers(group).Count;
        Assert.InRange(written, 3 * GoogleBatch, 2999);
        await using var second = await ServerProcess.StartAsync(data, AdminKey, settings);

        var status = (await second.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = planId }, auth)).Statuses.Single();
        Assert.Null(status.CurrentRun);
        var killed = (await second.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, auth)).Runs.Single(r => r.Id == killedRunId);
        Assert.True(killed.Interrupted);
        Assert.Equal(Proto.RunOutcome.Failed, killed.Outcome);
        Assert.NotNull(killed.EndTime);
        Assert.Contains("at least", killed.Message, StringComparison.Ordinal);
        Assert.InRange(killed.Google.Created, written - GoogleBatch, written);

        using var again = second.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth, deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(3));
        var result = (await ReadAllAsync(again))[^1].Result.Run;
        Assert.NotEqual(killedRunId, result.Id);
        Assert.False(result.Interrupted);
        Assert.Equal(Proto.RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(3000, emulator.Google.GetGroupMembers(group).Count);
        Directory.Delete(data, recursive: true);
    }

    private static Proto.SyncPlan Plan(EmulatorHost emulator) => new()
    {
        Name = "Recovery plan",
        CrmUserId = emulator.Credentials.ZohoUserIds["admin"],
        Direction = Proto.SyncDirection.CrmToGoogle,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        Caps = new Proto.RunCaps(),
    };

    /// <summary>Reads the stream until the run reports at least <paramref name="created"/> Google creates; returns the run id.</summary>
    private static async Task<string> ReadUntilGoogleCreatedAsync(AsyncServerStreamingCall<Proto.RunEvent> call, int created)
    {
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            Assert.Null(item.Result);
            if (item.Progress.Google.Created >= created)
            {
                return item.RunId;
            }
        }

        throw new InvalidOperationException("The run ended before it wrote enough to be killed mid-way.");
    }

    private static async Task<List<Proto.RunEvent>> ReadAllAsync(AsyncServerStreamingCall<Proto.RunEvent> call)
    {
        var events = new List<Proto.RunEvent>();
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            events.Add(item);
        }

        return events;
    }
}
