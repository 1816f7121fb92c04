using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Server.NearRealTime;
using ContactSync.Server.Runs.Scheduling;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.NearRealTime;

/// <summary>
/// The emulators and a real server whose clock is a <see cref="FakeTimeProvider"/> and whose background loops (scheduler,
/// near-real-time) are off: the tests drive the channel upkeep, the Google poll, the dispatcher and the scheduler
/// themselves and wait for states, never for a time. Zoho's callbacks arrive for real, over loopback HTTP.
/// </summary>
internal sealed class NearRealTimeWorld : IAsyncDisposable
{
    public const string AdminKey = Infrastructure.SyncEnvironment.AdminKey;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    private readonly EmulatedServer _world;
    private (TestServer Server, Proto.ContactSync.ContactSyncClient Client)? _client;

    private NearRealTimeWorld(EmulatedServer world, FakeTimeProvider clock)
    {
        _world = world;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public EmulatorHost Emulator => _world.Emulator;

    public EmulatedServer World => _world;

    /// <summary>A client of the current server without a key (calls pass <see cref="Auth"/>).</summary>
    public Proto.ContactSync.ContactSyncClient Client
    {
        get
        {
            if (_client is not { } c || !ReferenceEquals(c.Server, _world.Server))
            {
                _client = c = (_world.Server, new Proto.ContactSync.ContactSyncClient(_world.Server.Channel()));
            }

            return c.Client;
        }
    }

    public IServiceProvider Services => _world.Server.Host.Services;

    public WatchChannelManager Channels => Services.GetRequiredService<WatchChannelManager>();

    public ChangeDispatcher Dispatcher => Services.GetRequiredService<ChangeDispatcher>();

    public GooglePoller Poller => Services.GetRequiredService<GooglePoller>();

    public SyncScheduler Scheduler => Services.GetRequiredService<SyncScheduler>();

    public static Metadata Auth { get; } = TestServer.Bearer(AdminKey);

    public static async Task<NearRealTimeWorld> StartAsync(EmulatorOptions? emulator = null, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var settings = new Dictionary<string, string?>
        {
            ["ContactSync:Runs:ProgressInterval"] = "00:00:00.100",
            ["ContactSync:Runs:SchedulerEnabled"] = "false",
            ["ContactSync:NearRealTime:Enabled"] = "false",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var world = await EmulatedServer.StartAsync(new EmulatedServerOptions
        {
            Emulator = emulator ?? new EmulatorOptions { ZohoSeedContacts = 5, GoogleSeedContacts = 0, Seed = 71 },
            AdminKey = AdminKey,
            Time = clock,
            Configuration = settings,
        });
        return new NearRealTimeWorld(world, clock);
    }

    /// <summary>A bidirectional near-real-time plan on the emulators' view and group, enabled, with a 30-minute interval, after its first (full) run.</summary>
    public async Task<Proto.SyncPlan> PlanAfterFirstRunAsync(string name = "NRT plan")
    {
        var plan = new Proto.SyncPlan
        {
            Name = name,
            CrmUserId = Emulator.Credentials.ZohoUserIds["admin"],
            Direction = Proto.SyncDirection.Bidirectional,
            ConflictWinner = Proto.ConflictWinner.Crm,
            CrmViewId = Emulator.Zoho.AllContactsViewId,
            GoogleGroup = Emulator.Credentials.GoogleContactSyncGroup,
            CrmGoogleRefField = "Google_Contact_Id",
            Caps = new Proto.RunCaps { FirstRun = 0, LaterRuns = 0 },
            Enabled = true,
            Interval = Duration.FromTimeSpan(Interval),
            NearRealTime = true,
        };
        var stored = (await Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, Auth)).Plan;
        var first = await RunAsync(stored.Id, full: true);
        Assert.Equal(Proto.RunOutcome.Succeeded, first.Outcome);
        return stored;
    }

    /// <summary>Runs a plan through RunSync and returns its result.</summary>
    public async Task<Proto.SyncRun> RunAsync(string planId, bool full = false)
    {
        using var call = Client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = full ? Proto.RunMode.Full : Proto.RunMode.Incremental }, Auth);
        Proto.SyncRun? result = null;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            result = item.Result?.Run ?? result;
        }

        return result ?? throw new InvalidOperationException("The run sent no result.");
    }

    public async Task<Proto.NearRealTimeStatus> StatusAsync(string planId) =>
        (await Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = planId }, Auth)).Statuses.Single().NearRealTime;

    /// <summary>Waits until <paramref name="done"/> holds (polling, 60 s at most: a loaded machine may be slow).</summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the emulator has sent (or dropped) every notification.</summary>
    public Task WaitForDeliveriesAsync() => WaitForAsync(() => Task.FromResult(Emulator.ZohoWatch.Pending), p => p == 0, "Zoho notifications to be delivered");

    /// <summary>Waits until the plan has this many ended runs (newest first).</summary>
    public async Task<IReadOnlyList<Proto.SyncRun>> WaitForRunsAsync(string planId, int count) =>
        await WaitForAsync(
            async () => (IReadOnlyList<Proto.SyncRun>)(await Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, Auth)).Runs,
            runs => runs.Count >= count && runs.All(r => r.Outcome != Proto.RunOutcome.Unspecified),
            $"{count} ended runs");

    /// <summary>The CRM contact's Google contact (the one whose clientData names the CRM id).</summary>
    public JsonObject GoogleContactOf(string crmId) => GoogleContactOf(Emulator, crmId);

    /// <summary>The CRM contact's Google contact in <paramref name="emulator"/>.</summary>
    public static JsonObject GoogleContactOf(EmulatorHost emulator, string crmId) =>
        emulator.Google.GetAllContacts().Single(p => (p["clientData"] as JsonArray ?? []).Any(e => e?["key"]?.GetValue<string>() == "contactsync.crmId" && e["value"]?.GetValue<string>() == crmId));

    public static string? FamilyName(JsonObject person) => person["names"]?[0]?["familyName"]?.GetValue<string>();

    /// <summary>Restarts the server on the same database and clock (the emulators keep running).</summary>
    public Task RestartAsync() => _world.RestartServerAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
