using System.Text.Json;
using ContactSync.Emulators;
using ContactSync.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Testing.Emulation;

/// <summary>
/// The Zoho and Google emulators plus a real <see cref="TestServer"/> on loopback (ports 0, a temp data folder), with
/// both connections stored through SetConnection unless told otherwise. More servers can share its database (as other
/// server processes would), and the server can be restarted on it while the emulators keep running.
/// </summary>
public sealed class EmulatedServer : IAsyncDisposable
{
    private readonly EmulatedServerOptions _options;
    private readonly bool _ownsDirectory;
    private readonly List<TestServer> _servers = [];

    private EmulatedServer(EmulatorHost emulator, EmulatedServerOptions options, string dataDirectory, bool ownsDirectory)
    {
        Emulator = emulator;
        _options = options;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    /// <summary>The running emulators.</summary>
    public EmulatorHost Emulator { get; }

    /// <summary>The first server (after <see cref="RestartServerAsync"/>: its replacement).</summary>
    public TestServer Server => _servers[0];

    /// <summary>An admin client of <see cref="Server"/>.</summary>
    public Proto.ContactSync.ContactSyncClient Admin { get; private set; } = null!;

    /// <summary>The database folder every server of this environment uses.</summary>
    public string DataDirectory { get; }

    /// <summary>The bootstrap admin key.</summary>
    public string AdminKey => _options.AdminKey;

    /// <summary>Log entries of every server of this environment.</summary>
    public FakeLogCollector Logs { get; } = new();

    /// <summary>Every secret the tests hand to the server, for "never logged or echoed" checks.</summary>
    public IReadOnlyList<string> Secrets => [
        Emulator.Credentials.ZohoClientSecret,
        Emulator.Credentials.ZohoAdminRefreshToken,
        Emulator.Credentials.ZohoStandardRefreshToken,
        Emulator.Credentials.ZohoViewOnlyRefreshToken,
        PrivateKeyBody(Emulator.Credentials.GoogleServiceAccountKeyJson),
        Emulator.Credentials.GoogleClientSecret,
        Emulator.Credentials.GoogleUserRefreshToken,
    ];

    /// <summary>Starts the emulators and the server, and connects them unless <see cref="EmulatedServerOptions.Connect"/> is off.</summary>
    public static async Task<EmulatedServer> StartAsync(EmulatedServerOptions? options = null)
    {
        options ??= new EmulatedServerOptions();
        var emulator = await EmulatorHost.StartAsync(options.Emulator with { Port = 0 }, CancellationToken.None);
        var owns = options.DataDirectory is null;
        var environment = new EmulatedServer(emulator, options, options.DataDirectory ?? TempFolders.New("contactsync-emulated"), owns);
        try
        {
            await environment.StartServerAsync();
            if (options.Connect)
            {
                await environment.ConnectAsync(environment.Admin);
            }

            return environment;
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Zoho connection to the emulator (see <see cref="ConnectionRequests.ZohoConnection"/>).</summary>
    public Proto.ZohoConnection ZohoConnection(string? refreshToken = null, string? clientSecret = null) =>
        ConnectionRequests.ZohoConnection(Emulator, refreshToken, clientSecret);

    /// <summary>The Google connection to the emulator.</summary>
    public Proto.GoogleConnection GoogleConnection() => ConnectionRequests.GoogleConnection(Emulator);

    /// <summary>Stores both connections through <paramref name="client"/> (an admin client).</summary>
    public async Task ConnectAsync(Proto.ContactSync.ContactSyncClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        await client.SetConnectionAsync(ConnectionRequests.Zoho(Emulator));
        await client.SetConnectionAsync(ConnectionRequests.Google(Emulator));
    }

    /// <summary>Starts another server on the same database (own DI, own run coordinator), as a second process would.</summary>
    /// <param name="time">The server's clock (the environment's when <see langword="null"/>).</param>
    /// <param name="configuration">Settings over the environment's.</param>
    /// <param name="configureServices">Replaces services of this server only, after the environment's own replacements.</param>
    public async Task<TestServer> StartServerAsync(
        TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>(_options.Configuration);
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var replace = _options.ConfigureServices + configureServices;
        var server = await TestServer.StartAsync(
            DataDirectory, _options.AdminKey, logs: Logs, configuration: settings, time: time ?? _options.Time, configureServices: replace);
        _servers.Add(server);
        if (_servers.Count == 1)
        {
            Admin = server.Client(_options.AdminKey);
        }

        return server;
    }

    /// <summary>Stops <see cref="Server"/> and starts a new one on the same data folder (the emulators keep running).</summary>
    public async Task RestartServerAsync()
    {
        var old = _servers[0];
        _servers.RemoveAt(0);
        await old.DisposeAsync();
        var server = await TestServer.StartAsync(
            DataDirectory, _options.AdminKey, logs: Logs, configuration: _options.Configuration, time: _options.Time, configureServices: _options.ConfigureServices);
        _servers.Insert(0, server);
        Admin = server.Client(_options.AdminKey);
    }

    /// <summary>The base64 body of a service account key's PEM (without the BEGIN/END lines), i.e. its secret part.</summary>
    public static string PrivateKeyBody(string serviceAccountJson)
    {
        using var doc = JsonDocument.Parse(serviceAccountJson);
        var pem = doc.RootElement.GetProperty("private_key").GetString()!;
        var lines = pem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        return lines.Skip(1).First();
    }

    /// <summary>Stops every server and the emulators, and removes the data folder it created.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        _servers.Clear();
        await Emulator.DisposeAsync();
        if (_ownsDirectory)
        {
            TempFolders.TryDelete(DataDirectory);
        }
    }
}
