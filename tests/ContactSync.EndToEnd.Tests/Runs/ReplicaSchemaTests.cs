using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Storage.Replicas;
using ContactSync.Storage.Schema;
using ContactSync.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary>Replicas on one PostgreSQL register themselves; a replica whose schema would leave them behind does not start.</summary>
public sealed class ReplicaSchemaTests
{
    [Fact]
    public async Task AReplicaWithANewerIncompatibleSchema_IsRefusedWithAClearMessage_WhileTheOthersRun()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 1, Seed = 63 }, database: TestDatabase.PostgreSql);
        var registry = env.Server.Services.GetRequiredService<IReplicaRegistry>();
        await WaitForReplicasAsync(registry, 1);
        var next = new SchemaCompatibility(ContactSyncSchema.Current.Version + 1, ContactSyncSchema.Current.Version + 1);

        var refused = await Assert.ThrowsAsync<SchemaMismatchException>(() =>
            env.StartReplicaAsync(configureServices: services => services.Replace(ServiceDescriptor.Singleton(next))));

        Assert.Contains($"runs schema version {next.Version}", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.MachineName, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Stop them or upgrade them first", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ContactSyncSchema.Current, await registry.GetSchemaAsync(CancellationToken.None));
        await env.ConfigureAsync("Still served");
    }

    private static async Task WaitForReplicasAsync(IReplicaRegistry registry, int count)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1);
        while ((await registry.ListAsync(CancellationToken.None)).Count < count)
        {
            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < deadline, "The server did not write its heartbeat.");
            await Task.Delay(25);
        }
    }
}
