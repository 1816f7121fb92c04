using ContactSync.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ContactSync.Storage.Persistence;

/// <summary>Brings the database to the latest migration.</summary>
public static class ContactSyncDatabase
{
    /// <summary>How recent a replica's heartbeat must be for it to count as live, unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultLiveWindow = TimeSpan.FromMinutes(1);

    /// <summary>Applies pending migrations (creating the database if needed) and provider settings, as an anonymous caller.</summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The migrations that were applied.</returns>
    public static Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        MigrateAsync(services, "", DefaultLiveWindow, cancellationToken);

    /// <summary>
    /// Creates the database when missing, then, holding the database-wide migration lock (other servers wait), checks the
    /// database's schema version against this server's (<see cref="SchemaCompatibility"/> in the services, normally
    /// <see cref="ContactSyncSchema.Current"/>), applies the pending migrations and records the schema version.
    /// </summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="replicaId">This server's identity in the replica registry (its own row never holds it back).</param>
    /// <param name="liveWindow">Replicas with a heartbeat this recent are live.</param>
    /// <param name="cancellationToken">Cancels the migration (and the wait for the lock).</param>
    /// <returns>The migrations that were applied.</returns>
    /// <exception cref="SchemaMismatchException">The database was migrated past this server, or this server would leave live replicas behind.</exception>
    public static Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, string replicaId, TimeSpan liveWindow, CancellationToken cancellationToken) =>
        MigrateAsync(services, replicaId, liveWindow, null, cancellationToken);

    /// <summary>
    /// As <see cref="MigrateAsync(IServiceProvider, string, TimeSpan, CancellationToken)"/>, then runs <paramref name="underLock"/>
    /// still holding the migration lock: first-start work that must happen once even when several servers start at once
    /// (the bootstrap admin key of a fresh database).
    /// </summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="replicaId">This server's identity in the replica registry.</param>
    /// <param name="liveWindow">Replicas with a heartbeat this recent are live.</param>
    /// <param name="underLock">Work done after the migrations, before the lock is released.</param>
    /// <param name="cancellationToken">Cancels the migration (and the wait for the lock).</param>
    /// <returns>The migrations that were applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(
        IServiceProvider services, string replicaId, TimeSpan liveWindow, Func<CancellationToken, Task>? underLock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provider = services.GetRequiredService<IProviderDatabase>();
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ContactSyncDatabase).FullName!) ?? NullLogger.Instance;
        await provider.EnsureExistsAsync(cancellationToken);
        await using (await provider.LockForMigrationAsync(() => StorageLog.WaitingForMigrationLock(logger), cancellationToken))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContactSyncDbContext>();
            var caller = new SchemaMigrationCaller(provider, replicaId, liveWindow, time.GetUtcNow().UtcDateTime);
            var applied = await SchemaMigrator.MigrateAsync(db, services.GetRequiredService<SchemaCompatibility>(), caller, cancellationToken);
            await provider.ConfigureAsync(db, cancellationToken);
            if (underLock is not null)
            {
                await underLock(cancellationToken);
            }

            return applied;
        }
    }

    /// <summary>
    /// Migrates the database forward or back to <paramref name="targetMigration"/> (a migration's name or id), e.g. to roll back
    /// an upgrade, or to build a database of an earlier version in an upgrade test.
    /// </summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="targetMigration">The migration to end at, e.g. "Hardening".</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the database is at that migration.</returns>
    public static async Task MigrateToAsync(IServiceProvider services, string targetMigration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetMigration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactSyncDbContext>();
        await db.GetInfrastructure().GetRequiredService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(targetMigration, cancellationToken: cancellationToken);
    }

    /// <summary>Closes the pooled connections this process keeps open to its databases, so their files can be removed.</summary>
    public static void ReleasePooledConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}
