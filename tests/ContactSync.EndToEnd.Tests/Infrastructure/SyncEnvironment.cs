using ContactSync.Emulators;
using ContactSync.Server.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Infrastructure;

/// <summary>Emulators and a real server on loopback, connected to each other through SetConnection.</summary>
internal sealed class SyncEnvironment : IAsyncDisposable
{
    public const string AdminKey = "csk_e2eadmin_99e61e4a92c63f3d8afab7c65aac9a26d90fcc1a";

    private readonly List<ContactSyncServerHost> _servers = [];
    private readonly List<GrpcChannel> _channels = [];

    private SyncEnvironment(EmulatorHost emulator, string dataDirectory)
    {
        Emulator = emulator;
        DataDirectory = dataDirectory;
    }

    public EmulatorHost Emulator { get; }

    public string DataDirectory { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public Proto.ContactSync.ContactSyncClient Client { get; private set; } = null!;

    public ContactSyncServerHost Server => _servers[0];

    public static async Task<SyncEnvironment> StartAsync(EmulatorOptions emulatorOptions, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var emulator = await EmulatorHost.StartAsync(emulatorOptions, CancellationToken.None);
        var data = Path.Combine(Path.GetTempPath(), "contactsync-e2e-" + Guid.NewGuid().ToString("N"));
        var environment = new SyncEnvironment(emulator, data);
        environment.Client = await environment.StartServerAsync(time, configuration);
        await environment.ConnectAsync(environment.Client);
        return environment;
    }

    public static Metadata Auth { get; } = new() { { "authorization", "Bearer " + AdminKey } };

    /// <summary>Starts another server process-equivalent (own DI, own coordinator) on the same database.</summary>
    public async Task<Proto.ContactSync.ContactSyncClient> StartServerAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["ContactSync:Runs:ProgressInterval"] = "00:00:00.100",

            // The emulators enforce no quotas unless a test sets them, so neither does the server (quota tests turn it on).
            ["ContactSync:Quotas:Enabled"] = "false",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var server = await ContactSyncServerHost.StartAsync(
            new ContactSyncServerOptions
            {
                DataDirectory = DataDirectory,
                BootstrapAdminKey = AdminKey,
                TimeProvider = time,
                LoggerProvider = Logs,
                Configuration = config,
                BootstrapKeyOutput = TextWriter.Null,
            },
            CancellationToken.None);
        _servers.Add(server);
        var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        _channels.Add(channel);
        return new Proto.ContactSync.ContactSyncClient(channel);
    }

    public async Task ConnectAsync(Proto.ContactSync.ContactSyncClient client)
    {
        await client.SetConnectionAsync(ConnectionRequests.Zoho(Emulator), Auth);
        await client.SetConnectionAsync(ConnectionRequests.Google(Emulator), Auth);
    }

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

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
