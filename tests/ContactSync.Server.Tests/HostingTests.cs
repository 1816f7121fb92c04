using ContactSync.Server.Hosting;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Hosting;
using ContactSync.Testing.Logging;
using Grpc.Core;
using Grpc.Net.Client.Web;
using Microsoft.Extensions.Logging.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Restart_OnTheSameDatabase_KeepsPlansAndKeys()
    {
        var folder = TestServer.NewDataDirectory();
        try
        {
            string planId;
            string userKey;
            string revokedKey;
            await using (var first = await TestServer.StartAsync(folder))
            {
                var admin = first.Client();
                var plan = (await admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid(crmUserId: "77") })).Plan;
                planId = plan.Id;
                userKey = (await admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "u", Role = Proto.ApiKeyRole.User, CrmUserId = "77" })).Secret;
                var revoked = await admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "r", Role = Proto.ApiKeyRole.User, CrmUserId = "77" });
                await admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = revoked.Key.Id });
                revokedKey = revoked.Secret;
            }

            await using var second = await TestServer.StartAsync(folder);
            var read = await second.Client(userKey).GetConfigAsync(new Proto.GetConfigRequest { PlanId = planId });
            Assert.Equal(1, read.Plan.Version);
            var keys = await second.Client().ListApiKeysAsync(new Proto.ListApiKeysRequest { IncludeRevoked = true });
            Assert.Equal(3, keys.Keys.Count);
            await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await second.Client(revokedKey).ListConfigsAsync(new Proto.ListConfigsRequest()));
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }

    [Fact]
    public async Task FreshDatabase_WithoutConfiguredKey_PrintsAGeneratedKeyOnce()
    {
        var folder = TestServer.NewDataDirectory();
        var logs = new FakeLogCollector();
        try
        {
            var firstOutput = new StringWriter();
            string key;
            await using (var first = await TestServer.StartAsync(folder, bootstrapKey: null, bootstrapOutput: firstOutput, logs: logs))
            {
                var line = Assert.Single(firstOutput.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.StartsWith("Bootstrap admin API key (shown once): csk_", line, StringComparison.Ordinal);
                key = line["Bootstrap admin API key (shown once): ".Length..].Trim();
                var keys = await first.Client(key).ListApiKeysAsync(new Proto.ListApiKeysRequest());
                Assert.Equal(Proto.ApiKeyRole.Admin, Assert.Single(keys.Keys).Role);
            }

            var secondOutput = new StringWriter();
            await using (var second = await TestServer.StartAsync(folder, bootstrapKey: null, bootstrapOutput: secondOutput, logs: logs))
            {
                Assert.Equal("", secondOutput.ToString());
                await second.Client(key).ListConfigsAsync(new Proto.ListConfigsRequest());
            }

            var secret = key[(key.LastIndexOf('_') + 1)..];
            Assert.NotEmpty(logs.Lines());
            Assert.DoesNotContain(logs.Lines(), e => e.Contains(secret, StringComparison.Ordinal));
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }

    [Fact]
    public async Task Secrets_NeverAppearInLogs()
    {
        var logs = new FakeLogCollector();
        await using var server = await TestServer.StartAsync(logs: logs);
        var admin = server.Client();
        var created = await admin.CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "logged?", Role = Proto.ApiKeyRole.Admin });
        await server.Client(created.Secret).ListConfigsAsync(new Proto.ListConfigsRequest());
        await admin.RevokeApiKeyAsync(new Proto.RevokeApiKeyRequest { KeyId = created.Key.Id });
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await server.Client(created.Secret).ListConfigsAsync(new Proto.ListConfigsRequest()));
        const string wrongSecret = "csk_testadmin_thisisawrongsecretvalue123456";
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () => await server.Client(wrongSecret).ListConfigsAsync(new Proto.ListConfigsRequest()));
        await RpcAssert.FailsValidation(async () => await admin.ConfigureAsync(new Proto.ConfigureRequest { Plan = new Proto.SyncPlan() }));

        var entries = logs.Lines();
        Assert.Contains(entries, e => e.Contains(created.Key.Id, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("[1101]", StringComparison.Ordinal));
        foreach (var secret in new[] { created.Secret[(created.Key.Id.Length + 5)..], TestServer.AdminKey["csk_testadmin_".Length..], "thisisawrongsecretvalue123456" })
        {
            Assert.DoesNotContain(entries, e => e.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task GrpcWeb_OverHttp11_ServesTheContract()
    {
        await using var server = await TestServer.StartAsync();
        using var channel = GrpcWebChannels.OverHttp11(server.Host.GrpcWebAddress, GrpcWebMode.GrpcWeb);
        var headers = new Metadata { { "authorization", "Bearer " + TestServer.AdminKey } };
        var client = new Proto.ContactSync.ContactSyncClient(channel);

        var created = await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = TestPlans.Valid() }, headers);
        var listed = await client.ListConfigsAsync(new Proto.ListConfigsRequest(), headers);
        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = new Proto.SyncPlan() }, headers));

        Assert.Equal([created.Plan.Id], listed.Plans.Select(p => p.Id));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.NotEqual(server.Host.GrpcAddress, server.Host.GrpcWebAddress);
        Assert.Equal("127.0.0.1", server.Host.GrpcWebAddress.Host);
    }

    [Fact]
    public async Task StartAsync_MalformedConfiguredBootstrapKey_Fails()
    {
        var folder = TestServer.NewDataDirectory();
        try
        {
            var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => ContactSyncServerHost.StartAsync(
                new ContactSyncServerOptions { DataDirectory = folder, BootstrapAdminKey = "letmein" },
                CancellationToken.None));

            Assert.Contains("csk_<id>_<secret>", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("letmein", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }
}
