using Microsoft.EntityFrameworkCore;
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

    /// <summary>Closes the pooled connections this process keeps open to its databases, so their files can be removed.</summary>
    public static void ReleasePooledConnections() => SqliteDatabase.ClearPools();
}
