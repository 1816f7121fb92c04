using ContactSync.Server.Hosting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Testing.Hosting;

/// <summary>
/// The one in-process server of the tests: a real <see cref="ContactSyncServerHost"/> on 127.0.0.1 (ports 0) over a
/// SQLite file in a temp folder (removed at the end unless the caller gave the folder), with a known admin key, every
/// log entry captured in <see cref="Logs"/>, and clients over h2c.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    /// <summary>The default bootstrap admin key.</summary>
    public const string AdminKey = "csk_testadmin_12c766a1a7308911fc87abc096a98830300bcf7f";

    private readonly List<GrpcChannel> _channels = [];
    private readonly bool _ownsDirectory;

    private TestServer(ContactSyncServerHost host, string dataDirectory, bool ownsDirectory, string? adminKey, FakeLogCollector logs)
    {
        Host = host;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
        Key = adminKey;
        Logs = logs;
    }

    /// <summary>The running host (addresses, services).</summary>
    public ContactSyncServerHost Host { get; }

    /// <summary>The folder of the database.</summary>
    public string DataDirectory { get; }

    /// <summary>The bootstrap admin key the server was started with (<see langword="null"/>: a generated one).</summary>
    public string? Key { get; }

    /// <summary>Every log entry of the server (shared with other servers when the caller passed one collector to them all).</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>Gives a fresh folder for a server (not created yet); the caller removes it (<see cref="TempFolders.TryDelete"/>).</summary>
    public static string NewDataDirectory() => TempFolders.New("cs-server-tests");

    /// <summary>Removes a data folder, ignoring one still in use.</summary>
    public static void TryDelete(string directory) => TempFolders.TryDelete(directory);

    /// <summary>Starts a server and returns once it serves.</summary>
    /// <param name="dataDirectory">The database folder; a new temp folder (removed on dispose) when <see langword="null"/>.</param>
    /// <param name="bootstrapKey">The admin key stored on a fresh database; <see langword="null"/> lets the server generate one.</param>
    /// <param name="bootstrapOutput">Where a generated key is printed (nowhere by default).</param>
    /// <param name="logs">Collects the log entries (a new collector when <see langword="null"/>).</param>
    /// <param name="configuration">Extra settings, applied last.</param>
    /// <param name="time">The server's clock (the system clock when <see langword="null"/>).</param>
    /// <param name="configureServices">Replaces services after registration (to hold the server at a known point).</param>
    /// <returns>The running server.</returns>
    public static async Task<TestServer> StartAsync(
        string? dataDirectory = null,
        string? bootstrapKey = AdminKey,
        TextWriter? bootstrapOutput = null,
        FakeLogCollector? logs = null,
        IReadOnlyDictionary<string, string?>? configuration = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        logs ??= new FakeLogCollector();
        try
        {
            var host = await ContactSyncServerHost.StartAsync(
                new ContactSyncServerOptions
                {
                    DataDirectory = dataDirectory,
                    BootstrapAdminKey = bootstrapKey,
                    BootstrapKeyOutput = bootstrapOutput ?? TextWriter.Null,
                    LoggerProvider = new FakeLoggerProvider(logs),
                    Configuration = WithoutQuotas(configuration),
                    TimeProvider = time,
                    ConfigureServices = configureServices,
                },
                CancellationToken.None);
            return new TestServer(host, dataDirectory, owns, bootstrapKey, logs);
        }
        catch when (owns)
        {
            TempFolders.TryDelete(dataDirectory);
            throw;
        }
    }

    /// <summary>
    /// The settings with quota pacing off unless one of them is a quota setting: the emulators enforce no quotas unless a
    /// test sets them, so the server paces by none either (the quota tests set <c>ContactSync:Quotas:*</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> WithoutQuotas(IReadOnlyDictionary<string, string?>? configuration)
    {
        var settings = new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>());
        if (!settings.Keys.Any(k => k.StartsWith("ContactSync:Quotas:", StringComparison.OrdinalIgnoreCase)))
        {
            settings["ContactSync:Quotas:Enabled"] = "false";
        }

        return settings;
    }

    /// <summary>The bearer metadata of a key.</summary>
    public static Metadata Bearer(string apiKey) => new() { { "authorization", "Bearer " + apiKey } };

    /// <summary>A client over native gRPC that sends <paramref name="apiKey"/> (the admin key by default; none when <see langword="null"/>).</summary>
    public Proto.ContactSync.ContactSyncClient Client(string? apiKey = AdminKey) => new(Invoker(apiKey));

    /// <summary>A call invoker that sends <paramref name="apiKey"/> on every call (none when <see langword="null"/>).</summary>
    public CallInvoker Invoker(string? apiKey)
    {
        var channel = Channel();
        return apiKey is null
            ? channel.CreateCallInvoker()
            : channel.Intercept(metadata =>
            {
                metadata.Add("authorization", "Bearer " + apiKey);
                return metadata;
            });
    }

    /// <summary>A channel to the native gRPC endpoint, closed with the server.</summary>
    public GrpcChannel Channel()
    {
        var channel = GrpcChannel.ForAddress(Host.GrpcAddress);
        lock (_channels)
        {
            _channels.Add(channel);
        }

        return channel;
    }

    /// <summary>Closes the channels, stops the server and removes the data folder it created.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_channels)
        {
            _channels.ForEach(c => c.Dispose());
            _channels.Clear();
        }

        await Host.DisposeAsync();
        if (_ownsDirectory)
        {
            TempFolders.TryDelete(DataDirectory);
        }
    }
}
