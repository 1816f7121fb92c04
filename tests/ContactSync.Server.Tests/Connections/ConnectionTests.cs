using System.Text;
using ContactSync.Core.Diagnostics;
using ContactSync.Server.Connections;
using ContactSync.Server.Errors;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using ContactSync.Testing.Logging;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Connections;

public sealed class ConnectionTests(EmulatedServerFixture fixture) : IClassFixture<EmulatedServerFixture>
{
    private readonly EmulatedServer _connected = fixture.Connected;

    [Fact]
    public async Task GetConnections_DescribesBothConnections_WithoutSecrets()
    {
        var response = await _connected.Admin.GetConnectionsAsync(new Proto.GetConnectionsRequest());

        var zoho = Assert.Single(response.Connections, c => c.Kind == Proto.ConnectionKind.Zoho);
        var google = Assert.Single(response.Connections, c => c.Kind == Proto.ConnectionKind.Google);
        var baseAddress = _connected.Emulator.BaseAddress.ToString().TrimEnd('/');
        Assert.True(zoho.Configured);
        Assert.Equal(_connected.Emulator.Credentials.ZohoClientId, zoho.ClientId);
        Assert.Equal(baseAddress, zoho.ApiUrl);
        Assert.Equal(baseAddress, zoho.TokenUrl);
        Assert.NotNull(zoho.UpdateTime);
        Assert.True(google.Configured);
        Assert.Equal(GoogleCredentialTypes.ServiceAccount, google.CredentialType);
        Assert.Equal(_connected.Emulator.Credentials.GoogleServiceAccountEmail, google.ServiceAccountEmail);
        Assert.Equal(_connected.Emulator.Credentials.GoogleImpersonatedUser, google.ImpersonatedUser);
        Assert.Equal(_connected.Emulator.Credentials.GoogleTokenUri, google.TokenUrl);
        SecretAssert.NoneIn(_connected.Secrets, response.ToString());
    }

    [Fact]
    public async Task GetConnections_WithUserKey_IsAllowed_AndHasNoSecrets()
    {
        var user = await UserClientAsync(_connected);

        var response = await user.GetConnectionsAsync(new Proto.GetConnectionsRequest());

        Assert.Equal(2, response.Connections.Count);
        Assert.All(response.Connections, c => Assert.True(c.Configured));
        SecretAssert.NoneIn(_connected.Secrets, response.ToString());
    }

    [Fact]
    public async Task SetConnection_WithUserKey_IsPermissionDenied()
    {
        var user = await UserClientAsync(_connected);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            async () => await user.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = _connected.ZohoConnection() }));
    }

    [Fact]
    public async Task TestConnection_Zoho_ObtainsTokenAndReadsTheCurrentUser()
    {
        var result = await _connected.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho });

        Assert.True(result.Ok, result.Message);
        Assert.Contains(_connected.Emulator.Credentials.ZohoUserIds["admin"], result.Account, StringComparison.Ordinal);
        Assert.True(result.LatencyMs >= 0);
        SecretAssert.NoneIn(_connected.Secrets, result.ToString());
    }

    [Fact]
    public async Task TestConnection_Google_ObtainsTokenAndReadsContacts()
    {
        var result = await _connected.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google });

        Assert.True(result.Ok, result.Message);
        Assert.Contains(_connected.Emulator.Credentials.GoogleImpersonatedUser, result.Account, StringComparison.Ordinal);
        SecretAssert.NoneIn(_connected.Secrets, result.ToString());
    }

    [Fact]
    public async Task TestConnection_WithoutKind_IsInvalidArgument()
    {
        var fields = await RpcAssert.FailsValidation(async () => await _connected.Admin.TestConnectionAsync(new Proto.TestConnectionRequest()));

        Assert.Equal(["kind"], fields);
    }

    [Fact]
    public async Task ClientFactory_SharesOneZohoAccessToken_AcrossClients()
    {
        var factory = _connected.Server.Host.Services.GetRequiredService<ISyncClientFactory>();
        var first = await factory.CreateZohoAsync(NullApiCallObserver.Instance, CancellationToken.None);
        await first.GetCurrentUserAsync(CancellationToken.None);
        var before = TokenCalls(_connected);

        for (var i = 0; i < 12; i++)
        {
            var client = await factory.CreateZohoAsync(NullApiCallObserver.Instance, CancellationToken.None);
            await client.GetCurrentUserAsync(CancellationToken.None);
        }

        Assert.True(before >= 1);
        Assert.Equal(before, TokenCalls(_connected));
    }

    [Fact]
    public async Task NotConfigured_TestConnectionAndClientFactory_AreFailedPrecondition()
    {
        await using var bare = await EmulatedServer.StartAsync(new() { Connect = false });

        var zoho = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            async () => await bare.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho }));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            async () => await bare.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google }));
        var factory = bare.Server.Host.Services.GetRequiredService<ISyncClientFactory>();
        var ex = await Assert.ThrowsAsync<PreconditionFailedException>(
            () => factory.CreateZohoAsync(NullApiCallObserver.Instance, CancellationToken.None));

        Assert.Contains("SetConnection", zoho.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("Zoho connection is not configured; call SetConnection", ex.Message);
        var all = await bare.Admin.GetConnectionsAsync(new Proto.GetConnectionsRequest());
        Assert.Equal(2, all.Connections.Count);
        Assert.All(all.Connections, c => Assert.False(c.Configured));
    }

    [Fact]
    public async Task TestConnection_WithRejectedCredentials_IsNotOk_WithAClearMessage()
    {
        await using var own = await EmulatedServer.StartAsync(new() { Connect = false });
        const string wrongToken = "1000.wrong.0123456789abcdef0123456789abcdef";
        await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = own.ZohoConnection(refreshToken: wrongToken) });

        var result = await own.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho });

        Assert.False(result.Ok);
        Assert.StartsWith("Zoho CRM answered", result.Message, StringComparison.Ordinal);
        Assert.Equal("", result.Account);
        SecretAssert.NoneIn([.. own.Secrets, wrongToken], result.ToString());
        SecretAssert.NoneIn([.. own.Secrets, wrongToken], string.Join('\n', own.Logs.Lines()));
    }

    [Fact]
    public async Task Secrets_AreEncryptedAtRest_AndDecryptAfterRestart()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        try
        {
            string zohoClientId;
            IReadOnlyList<string> secrets;
            await using (var first = await EmulatedServer.StartAsync(new() { DataDirectory = dataDirectory }))
            {
                zohoClientId = first.Emulator.Credentials.ZohoClientId;
                secrets = first.Secrets;
                var database = ReadDatabaseFiles(dataDirectory);
                Assert.Contains(zohoClientId, database, StringComparison.Ordinal); // the files read are the right ones
                SecretAssert.NoneIn(secrets, database);
                Assert.NotEmpty(Directory.GetFiles(Path.Combine(dataDirectory, "keys"), "key-*.xml"));

                // The emulator must outlive the restart: restart only the server, on the same data folder.
                await first.RestartServerAsync();
                var client = first.Admin;
                var zoho = await client.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho });
                var google = await client.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google });

                Assert.True(zoho.Ok, zoho.Message);
                Assert.True(google.Ok, google.Message);
                SecretAssert.NoneIn(secrets, ReadDatabaseFiles(dataDirectory));
            }
        }
        finally
        {
            TestServer.TryDelete(dataDirectory);
        }
    }

    [Fact]
    public async Task Secrets_NeverAppearInLogsOrResponses()
    {
        await using var own = await EmulatedServer.StartAsync(new() { Connect = false });
        var responses = new List<string>
        {
            (await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = own.ZohoConnection() })).ToString(),
            (await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = own.GoogleConnection() })).ToString(),
            (await own.Admin.GetConnectionsAsync(new Proto.GetConnectionsRequest())).ToString(),
            (await own.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho })).ToString(),
            (await own.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Google })).ToString(),
            (await own.Admin.ListCrmViewsAsync(new Proto.ListCrmViewsRequest())).ToString(),
            (await own.Admin.ListGoogleGroupsAsync(new Proto.ListGoogleGroupsRequest())).ToString(),
            (await own.Admin.ListFieldsAsync(new Proto.ListFieldsRequest())).ToString(),
        };

        // Invalid input that carries secrets: the violations must not echo them.
        var badGoogle = own.GoogleConnection();
        badGoogle.ServiceAccountJson = own.Emulator.Credentials.GoogleServiceAccountKeyJson.Replace("client_email", "client_mail", StringComparison.Ordinal);
        var ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            async () => await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = badGoogle }));
        responses.Add(ex.Status.Detail + ex.GetRpcStatus());
        var badJson = own.GoogleConnection();
        badJson.ServiceAccountJson = "{" + own.Emulator.Credentials.GoogleServiceAccountKeyJson;
        ex = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            async () => await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Google = badJson }));
        responses.Add(ex.Status.Detail + ex.GetRpcStatus());

        // A refused secret (wrong client secret) in a failing test call.
        const string wrongSecret = "wrong-client-secret-0123456789abcdef";
        responses.Add((await own.Admin.SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = own.ZohoConnection(clientSecret: wrongSecret) })).ToString());
        var failed = await own.Admin.TestConnectionAsync(new Proto.TestConnectionRequest { Kind = Proto.ConnectionKind.Zoho });
        Assert.False(failed.Ok);
        responses.Add(failed.ToString());

        var logs = string.Join('\n', own.Logs.Lines());
        Assert.Contains("[1400]", logs, StringComparison.Ordinal); // connection set was logged
        Assert.Contains("[1402]", logs, StringComparison.Ordinal); // the failed test was logged
        SecretAssert.NoneIn([.. own.Secrets, wrongSecret], logs);
        SecretAssert.NoneIn([.. own.Secrets, wrongSecret], string.Join('\n', responses));
    }

    private static long TokenCalls(EmulatedServer server) =>
        server.Emulator.Calls.Snapshot().Where(kv => kv.Key.Contains("oauth/v2/token", StringComparison.Ordinal)).Sum(kv => kv.Value);

    private static string ReadDatabaseFiles(string dataDirectory)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(dataDirectory, "contactsync.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    internal static async Task<Proto.ContactSync.ContactSyncClient> UserClientAsync(EmulatedServer server, string? crmUserId = null)
    {
        var created = await server.Admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest
        {
            Name = "user " + Guid.NewGuid().ToString("N"),
            Role = Proto.ApiKeyRole.User,
            CrmUserId = crmUserId ?? server.Emulator.Credentials.ZohoUserIds["standard"],
        });
        return server.Server.Client(created.Secret);
    }
}
