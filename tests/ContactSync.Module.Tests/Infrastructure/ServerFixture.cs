using ContactSync.Server.Hosting;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>A real ContactSync server in this process (127.0.0.1, free ports, temp data folder, a known admin key).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string AdminKey = "csk_modtests_5f67242d8c1764787baf25adfa95bb622e871ad7";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "contactsync-module-tests-" + Guid.NewGuid().ToString("N"));
    private ContactSyncServerHost? _host;

    public ContactSyncServerHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _host = await ContactSyncServerHost.StartAsync(
            new ContactSyncServerOptions
            {
                DataDirectory = _dataDirectory,
                BootstrapAdminKey = AdminKey,
                BootstrapKeyOutput = TextWriter.Null,
                Configuration = new Dictionary<string, string?> { ["ContactSync:Quotas:Enabled"] = "false" },
            },
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
