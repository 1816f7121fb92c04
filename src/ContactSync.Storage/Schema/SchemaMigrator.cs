using System.Globalization;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Schema;

/// <summary>
/// Start-up migrations under the database-wide migration lock: refuses a database migrated past what this server can use,
/// refuses to move the schema past what live replicas can use, otherwise applies the pending migrations and records the
/// database's schema version.
/// </summary>
internal static class SchemaMigrator
{
    private const string SchemaTable = "SchemaInfo";

    /// <summary>Migrates the database; returns the migrations applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(ContactSyncDbContext db, SchemaCompatibility code, SchemaMigrationCaller caller, CancellationToken cancellationToken)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var unknown = applied.Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
        var stored = await caller.Provider.TableExistsAsync(db, SchemaTable, cancellationToken) ? await ReadAsync(db, cancellationToken) : null;
        if (stored is not null && stored.OldestCompatibleVersion > code.Version)
        {
            throw new SchemaMismatchException(string.Create(CultureInfo.InvariantCulture,
                $"This ContactSync server runs schema version {code.Version}, but a newer server migrated the database to schema version {stored.Version}, " +
                $"which servers older than schema version {stored.OldestCompatibleVersion} cannot use. Upgrade this server to the release the other replicas run; " +
                $"the database was not changed."));
        }

        if (stored is null && unknown.Count > 0)
        {
            throw new SchemaMismatchException(
                $"The database has migrations this ContactSync server does not know ({string.Join(", ", unknown)}): a newer server migrated it. " +
                "Upgrade this server; the database was not changed.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var target = new SchemaCompatibility(
            Math.Max(stored?.Version ?? 0, code.Version),
            Math.Max(stored?.OldestCompatibleVersion ?? 0, code.OldestCompatibleVersion));
        if (pending.Count == 0 && stored == target)
        {
            return pending;
        }

        if (stored is not null && target.OldestCompatibleVersion > stored.OldestCompatibleVersion)
        {
            await EnsureNoReplicaLeftBehindAsync(db, stored, target, caller, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await WriteAsync(db, target, caller, cancellationToken);
        return pending;
    }

    private static async Task<SchemaCompatibility?> ReadAsync(ContactSyncDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.SchemaInfo.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SchemaInfoEntity.SingleRowId, cancellationToken);
        return row is null ? null : new SchemaCompatibility(row.Version, row.OldestCompatibleVersion);
    }

    /// <summary>Refuses to raise the oldest compatible version while replicas older than it are alive.</summary>
    private static async Task EnsureNoReplicaLeftBehindAsync(
        ContactSyncDbContext db, SchemaCompatibility stored, SchemaCompatibility target, SchemaMigrationCaller caller, CancellationToken cancellationToken)
    {
        var liveSince = caller.NowUtc - caller.LiveWindow;
        var behind = await db.Replicas.AsNoTracking()
            .Where(r => r.LastSeenUtc >= liveSince && r.Id != caller.ReplicaId && r.SchemaVersion < target.OldestCompatibleVersion)
            .OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);
        if (behind.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", behind.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name} (schema version {r.SchemaVersion}, last seen {DateTime.SpecifyKind(r.LastSeenUtc, DateTimeKind.Utc):yyyy-MM-dd HH:mm:ss} UTC)")));
        throw new SchemaMismatchException(string.Create(CultureInfo.InvariantCulture,
            $"This ContactSync server runs schema version {target.Version}, which servers older than schema version {target.OldestCompatibleVersion} cannot use, " +
            $"and the database (schema version {stored.Version}) is in use by older replicas: {names}. Stop them or upgrade them first, then start this " +
            $"server again; the database was not changed (see 'Running several servers' in the README)."));
    }

    private static async Task WriteAsync(ContactSyncDbContext db, SchemaCompatibility target, SchemaMigrationCaller caller, CancellationToken cancellationToken)
    {
        var row = await db.SchemaInfo.SingleOrDefaultAsync(s => s.Id == SchemaInfoEntity.SingleRowId, cancellationToken);
        if (row is null)
        {
            row = new SchemaInfoEntity();
            db.SchemaInfo.Add(row);
        }

        row.Version = target.Version;
        row.OldestCompatibleVersion = target.OldestCompatibleVersion;
        row.UpdatedUtc = caller.NowUtc;
        row.UpdatedBy = caller.ReplicaId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
