using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Persistence;

/// <summary>Brings the database to the latest migration.</summary>
public static class ContactSyncDatabase
{
    /// <summary>Applies pending migrations (creating the database if needed) and provider settings.</summary>
    /// <param name="services">The root service provider.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The migrations that were applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactSyncDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await SqliteDatabase.ConfigureAsync(db, cancellationToken);
        return pending;
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
    public static void ReleasePooledConnections() => SqliteDatabase.ClearPools();
}
