using ContactSync.Emulators;
using ContactSync.Server.Hosting;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The test kit's emulators and server (<see cref="EmulatedServer"/>, connected through SetConnection) with what the
/// end-to-end tests share: their admin key, a short progress interval, a plan on the emulators' view and group, and
/// whole-stream runs.
/// </summary>
internal sealed class SyncEnvironment : IAsyncDisposable
{
    public const string AdminKey = "csk_e2eadmin_99e61e4a92c63f3d8afab7c65aac9a26d90fcc1a";

    private readonly EmulatedServer _world;

    private SyncEnvironment(EmulatedServer world)
    {
        _world = world;
        Client = new Proto.ContactSync.ContactSyncClient(world.Server.Channel());
    }

    public EmulatorHost Emulator => _world.Emulator;

    public string DataDirectory => _world.DataDirectory;

    public FakeLogCollector Logs => _world.Logs;

    /// <summary>A client of the first server without a key: tests pass <see cref="Auth"/> (or another caller's key) per call.</summary>
    public Proto.ContactSync.ContactSyncClient Client { get; }

    public ContactSyncServerHost Server => _world.Server.Host;

    /// <summary>Starts the emulators and a first server on a new database of <paramref name="database"/> (SQLite by default).</summary>
    public static async Task<SyncEnvironment> StartAsync(
        EmulatorOptions emulatorOptions, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configureServices = null, TestDatabase database = TestDatabase.Sqlite)
    {
        var settings = TestDatabaseSettings.Merge(await TestDatabaseSettings.NewAsync(database), new Dictionary<string, string?>
        {
            ["ContactSync:Runs:ProgressInterval"] = "00:00:00.100",
        });
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var world = await EmulatedServer.StartAsync(new EmulatedServerOptions
        {
            Emulator = emulatorOptions, AdminKey = AdminKey, Time = time, Configuration = settings, ConfigureServices = configureServices,
        });
        return new SyncEnvironment(world);
    }

    public static Metadata Auth { get; } = TestServer.Bearer(AdminKey);

    /// <summary>Starts another server process-equivalent (own DI, own coordinator) on the same database.</summary>
    public async Task<Proto.ContactSync.ContactSyncClient> StartServerAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null) =>
        new((await StartReplicaAsync(time, configuration)).Channel());

    /// <summary>Starts another server on the same database and returns it (its services, logs and clients).</summary>
    public Task<TestServer> StartReplicaAsync(
        TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null) =>
        _world.StartServerAsync(time, configuration, configureServices);

    /// <summary>Starts another server on the same database and returns it (its services, its host).</summary>
    public Task<TestServer> StartTestServerAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null) =>
        _world.StartServerAsync(time, configuration);

    public async Task<Proto.SyncPlan> ConfigureAsync(string name = "E2E plan", Proto.SyncDirection direction = Proto.SyncDirection.Bidirectional, Action<Proto.SyncPlan>? edit = null)
    {
        var plan = new Proto.SyncPlan
        {
            Name = name,
            CrmUserId = Emulator.Credentials.ZohoUserIds["admin"],
            Direction = direction,
            ConflictWinner = Proto.ConflictWinner.Crm,
            CrmViewId = Emulator.Zoho.AllContactsViewId,
            GoogleGroup = Emulator.Credentials.GoogleContactSyncGroup,
            CrmGoogleRefField = "Google_Contact_Id",
            Caps = new Proto.RunCaps { FirstRun = 0, LaterRuns = 0 },
        };
        edit?.Invoke(plan);
        return (await Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, Auth)).Plan;
    }

    /// <summary>Runs a plan and reads the whole stream.</summary>
    public async Task<IReadOnlyList<Proto.RunEvent>> RunAsync(string planId, bool full = false, bool dryRun = false, Proto.ContactSync.ContactSyncClient? client = null)
    {
        using var call = (client ?? Client).RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = full ? Proto.RunMode.Full : Proto.RunMode.Incremental, DryRun = dryRun }, Auth);
        var events = new List<Proto.RunEvent>();
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            events.Add(item);
        }

        return events;
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
