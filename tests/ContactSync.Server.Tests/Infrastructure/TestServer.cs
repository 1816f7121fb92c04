using ContactSync.Server.Hosting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Infrastructure;

/// <summary>A real server on 127.0.0.1 (port 0) over a SQLite file in a temp folder, with clients over h2c.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string AdminKey = "csk_testadmin_12c766a1a7308911fc87abc096a98830300bcf7f";

    private readonly List<GrpcChannel> channels = [];
    private readonly bool ownsDirectory;

    private TestServer(ContactSyncServerHost host, string dataDirectory, bool ownsDirectory)
    {
        Host = host;
        DataDirectory = dataDirectory;
        this.ownsDirectory = ownsDirectory;
    }

    public ContactSyncServerHost Host { get; }

    public string DataDirectory { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "cs-server-tests", Guid.NewGuid().ToString("N"));

    public static async Task<TestServer> StartAsync(
        string? dataDirectory = null,
        string? bootstrapKey = AdminKey,
        TextWriter? bootstrapOutput = null,
        Microsoft.Extensions.Logging.ILoggerProvider? loggerProvider = null,
        IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= NewDataDirectory();
        var host = await ContactSyncServerHost.StartAsync(
            new ContactSyncServerOptions
            {
                DataDirectory = dataDirectory,
                BootstrapAdminKey = bootstrapKey,
                BootstrapKeyOutput = bootstrapOutput ?? TextWriter.Null,
                LoggerProvider = loggerProvider,
                Configuration = WithoutQuotas(configuration),
            },
            CancellationToken.None);
        return new TestServer(host, dataDirectory, owns);
    }

    /// <summary>The emulators enforce no quotas, so the server paces by none unless a test says otherwise.</summary>
    public static IReadOnlyDictionary<string, string?> WithoutQuotas(IReadOnlyDictionary<string, string?>? configuration)
    {
        var settings = new Dictionary<string, string?> { ["ContactSync:Quotas:Enabled"] = "false" };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public Proto.ContactSync.ContactSyncClient Client(string? apiKey = AdminKey) => new(Invoker(apiKey));

    public CallInvoker Invoker(string? apiKey)
    {
        var channel = GrpcChannel.ForAddress(Host.GrpcAddress);
        channels.Add(channel);
        return apiKey is null
            ? channel.CreateCallInvoker()
            : channel.Intercept(metadata =>
            {
                metadata.Add("authorization", "Bearer " + apiKey);
                return metadata;
            });
    }

    public GrpcChannel Channel()
    {
        var channel = GrpcChannel.ForAddress(Host.GrpcAddress);
        channels.Add(channel);
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        await Host.DisposeAsync();
        if (ownsDirectory)
        {
            TryDelete(DataDirectory);
        }
    }

    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
