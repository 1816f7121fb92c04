using ContactSync.Storage.Persistence;
using ContactSync.Storage.Replicas;
using ContactSync.Storage.Schema;
using ContactSync.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests;

/// <summary>Start-up migrations on a real PostgreSQL: servers starting at once, and a server whose schema does not fit.</summary>
public sealed class PostgresMigrationTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ThreeServers_MigratingAFreshDatabaseAtOnce_OneAppliesTheMigrations_AndAllStart()
    {
        var connection = (await PostgresServer.GetAsync()).NewConnectionString("race");
        var providers = Enumerable.Range(0, 3).Select(_ => Services(connection)).ToList();
        try
        {
            var applied = await Task.WhenAll(providers.Select((p, i) => Task.Run(() => ContactSyncDatabase.MigrateAsync(p, "replica-" + i, TimeSpan.FromMinutes(1), CancellationToken.None))));

            Assert.Single(applied, a => a.Count > 0);
            Assert.Equal(ContactSyncSchema.NewestMigrations[DatabaseProvider.PostgreSql], applied.Single(a => a.Count > 0)[^1]);
            Assert.Equal(2, applied.Count(a => a.Count == 0));
            Assert.Equal(ContactSyncSchema.Current, await providers[0].GetRequiredService<IReplicaRegistry>().GetSchemaAsync(CancellationToken.None));
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AnOlderServer_OnADatabaseANewerIncompatibleServerMigrated_IsRefusedWithAClearMessage()
    {
        var connection = (await PostgresServer.GetAsync()).NewConnectionString("older");
        await using var newer = Services(connection, new SchemaCompatibility(ContactSyncSchema.Current.Version + 1, ContactSyncSchema.Current.Version + 1));
        await ContactSyncDatabase.MigrateAsync(newer, "new-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        await using var older = Services(connection);

        var refused = await Assert.ThrowsAsync<SchemaMismatchException>(() => ContactSyncDatabase.MigrateAsync(older, "old-1", TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Contains($"runs schema version {ContactSyncSchema.Current.Version}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade this server", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewerIncompatibleServer_WhileOlderReplicasAreLive_IsRefused_AndTheDatabaseIsUnchanged()
    {
        var connection = (await PostgresServer.GetAsync()).NewConnectionString("newer");
        await using var older = Services(connection);
        await ContactSyncDatabase.MigrateAsync(older, "old-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        var registry = older.GetRequiredService<IReplicaRegistry>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await registry.HeartbeatAsync(new ReplicaRecord("old-1", "replica-a", ContactSyncSchema.Current.Version, now, now), now, CancellationToken.None);
        var next = new SchemaCompatibility(ContactSyncSchema.Current.Version + 1, ContactSyncSchema.Current.Version + 1);
        await using var newer = Services(connection, next);

        var refused = await Assert.ThrowsAsync<SchemaMismatchException>(() => ContactSyncDatabase.MigrateAsync(newer, "new-1", TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Contains("replica-a", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Stop them or upgrade them first", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ContactSyncSchema.Current, await registry.GetSchemaAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ANewerCompatibleServer_BesideOlderReplicas_Starts_AndTheOlderOnesKeepStarting()
    {
        var connection = (await PostgresServer.GetAsync()).NewConnectionString("rolling");
        await using var older = Services(connection);
        await ContactSyncDatabase.MigrateAsync(older, "old-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        await older.GetRequiredService<IReplicaRegistry>().HeartbeatAsync(new ReplicaRecord("old-1", "replica-a", 1, Now, Now), TimeProvider.System.GetUtcNow().UtcDateTime, CancellationToken.None);
        var next = ContactSyncSchema.Current with { Version = ContactSyncSchema.Current.Version + 1 };
        await using var newer = Services(connection, next);

        await ContactSyncDatabase.MigrateAsync(newer, "new-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        await ContactSyncDatabase.MigrateAsync(older, "old-2", TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(next, await older.GetRequiredService<IReplicaRegistry>().GetSchemaAsync(CancellationToken.None));
    }

    private static ServiceProvider Services(string connectionString, SchemaCompatibility? schema = null)
    {
        var services = new ServiceCollection().AddContactSyncStorage(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        if (schema is not null)
        {
            services.AddSingleton(schema);
        }

        return services.BuildServiceProvider();
    }
}
