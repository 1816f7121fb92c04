using ContactSync.Emulators;
using ContactSync.Server.Tests.Infrastructure;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Connections;

/// <summary>The emulators plus a real server on loopback (port 0, temp data folder), optionally with both connections set.</summary>
public sealed class ConnectedServer : IAsyncDisposable
{
    private ConnectedServer(EmulatorHost emulator, TestServer server, CapturingLoggerProvider logs)
    {
        Emulator = emulator;
        Server = server;
        Logs = logs;
        Admin = server.Client();
    }

    public EmulatorHost Emulator { get; }

    public TestServer Server { get; private set; }

    public CapturingLoggerProvider Logs { get; }

    public Proto.ContactSync.ContactSyncClient Admin { get; private set; }

    /// <summary>Every secret the tests hand to the server.</summary>
    public IReadOnlyList<string> Secrets => [
        Emulator.Credentials.ZohoClientSecret,
        Emulator.Credentials.ZohoAdminRefreshToken,
        Emulator.Credentials.ZohoStandardRefreshToken,
        Emulator.Credentials.ZohoViewOnlyRefreshToken,
        PrivateKeyBody(Emulator.Credentials.GoogleServiceAccountKeyJson),
        Emulator.Credentials.GoogleClientSecret,
        Emulator.Credentials.GoogleUserRefreshToken,
    ];

    public static async Task<ConnectedServer> StartAsync(bool connect = true, string? dataDirectory = null)
    {
        var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 5, GoogleSeedContacts = 5 }, CancellationToken.None);
        var logs = new CapturingLoggerProvider();
        var server = await TestServer.StartAsync(dataDirectory: dataDirectory, loggerProvider: logs);
        var connected = new ConnectedServer(emulator, server, logs);
        if (connect)
        {
            await connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = connected.ZohoConnection() });
            await connected.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = connected.GoogleConnection() });
        }

        return connected;
    }

    /// <summary>The connections of an emulator, for servers a test starts itself.</summary>
    public static Task<(Proto.ZohoConnection Zoho, Proto.GoogleConnection Google)> ConnectionsFor(EmulatorHost emulator) => Task.FromResult((
        new Proto.ZohoConnection
        {
            AccountsUrl = emulator.BaseAddress.ToString(),
            ApiUrl = emulator.BaseAddress.ToString(),
            ClientId = emulator.Credentials.ZohoClientId,
            ClientSecret = emulator.Credentials.ZohoClientSecret,
            RefreshToken = emulator.Credentials.ZohoAdminRefreshToken,
        },
        new Proto.GoogleConnection
        {
            ServiceAccountJson = emulator.Credentials.GoogleServiceAccountKeyJson,
            ImpersonatedUser = emulator.Credentials.GoogleImpersonatedUser,
            TokenUrl = emulator.Credentials.GoogleTokenUri,
            ApiUrl = emulator.BaseAddress.ToString(),
        }));

    public Proto.ZohoConnection ZohoConnection(string? refreshToken = null, string? clientSecret = null) => new()
    {
        AccountsUrl = Emulator.BaseAddress.ToString(),
        ApiUrl = Emulator.BaseAddress.ToString(),
        ClientId = Emulator.Credentials.ZohoClientId,
        ClientSecret = clientSecret ?? Emulator.Credentials.ZohoClientSecret,
        RefreshToken = refreshToken ?? Emulator.Credentials.ZohoAdminRefreshToken,
    };

    public Proto.GoogleConnection GoogleConnection() => new()
    {
        ServiceAccountJson = Emulator.Credentials.GoogleServiceAccountKeyJson,
        ImpersonatedUser = Emulator.Credentials.GoogleImpersonatedUser,
        TokenUrl = Emulator.Credentials.GoogleTokenUri,
        ApiUrl = Emulator.BaseAddress.ToString(),
    };

    /// <summary>The base64 body of the key's PEM (without the BEGIN/END lines), i.e. the secret part.</summary>
    public static string PrivateKeyBody(string serviceAccountJson)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(serviceAccountJson);
        var pem = doc.RootElement.GetProperty("private_key").GetString()!;
        var lines = pem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        return lines.Skip(1).First();
    }

    /// <summary>Stops the server and starts a new one on the same data folder (the emulators keep running).</summary>
    public async Task RestartServerAsync()
    {
        var dataDirectory = Server.DataDirectory;
        await Server.DisposeAsync();
        Server = await TestServer.StartAsync(dataDirectory: dataDirectory, loggerProvider: Logs);
        Admin = Server.Client();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
