using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// The model on PostgreSQL, with the types that differ from SQLite stated here. Migrations: <c>Migrations/Postgres</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Timestamps are <c>timestamp with time zone</c> holding UTC (microsecond precision); a value without a kind is
/// taken as UTC, as SQLite stores it, instead of being refused.</item>
/// <item>Strings are <c>text</c> with the <c>"C"</c> collation: lengths are checked by the application, not the column (as on
/// SQLite), and comparisons and ordering (plan names in lists, keyset paging) are by code point whatever the database's
/// locale, as on SQLite.</item>
/// <item>Case-insensitive unique plan names: the same upper-case <c>NormalizedName</c> with a unique index as on SQLite
/// (no <c>citext</c> or ICU collation, so both providers fold case the same .NET way).</item>
/// <item>JSON: the plan's field map and the connection settings are <c>jsonb</c> (written by the server, checked by the
/// database). Link snapshots and run conditions stay <c>text</c>: a snapshot holds contact values, which may contain
/// characters <c>jsonb</c> refuses (<c>\u0000</c>), and run conditions are empty text when there are none.</item>
/// <item>Optimistic concurrency: the plan and connection versions are concurrency tokens the application increments, as on
/// SQLite (not <c>xmin</c>: the plan version is part of the API and survives a dump and restore).</item>
/// </list>
/// </remarks>
internal sealed class PostgresContactSyncDbContext : ContactSyncDbContext
{
    /// <summary>The collation of every string column: ordinal (byte order of UTF-8 = code point order).</summary>
    public const string OrdinalCollation = "C";

    /// <summary>Creates the context.</summary>
    /// <param name="options">The PostgreSQL connection.</param>
    public PostgresContactSyncDbContext(DbContextOptions<PostgresContactSyncDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc />
    internal override bool WritesRowsInBulk => true;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            ApplyType(property);
        }

        modelBuilder.Entity<PlanEntity>().Property(p => p.FieldMappingsJson).HasColumnType("jsonb").UseCollation(null);
        modelBuilder.Entity<ConnectionEntity>().Property(c => c.SettingsJson).HasColumnType("jsonb").UseCollation(null);
    }

    private static void ApplyType(IMutableProperty property)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type == typeof(string))
        {
            property.SetColumnType("text");
            property.SetCollation(OrdinalCollation);
        }
        else if (type == typeof(DateTime))
        {
            property.SetColumnType("timestamp with time zone");
            property.SetValueConverter(property.ClrType == typeof(DateTime) ? UtcDateTimeConverter.Instance : UtcDateTimeConverter.NullableInstance);
        }
    }
}
