using System.Reflection;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Schema;

namespace ContactSync.Storage.Tests;

/// <summary>The schema version's migration names follow the migrations: a new migration of either provider moves them on.</summary>
public sealed class SchemaVersionTests
{
    [Fact]
    public void NewestMigrationOfEachProvider_IsTheOneTheSchemaVersionNames()
    {
        Assert.Equal(ContactSyncSchema.NewestMigrations[DatabaseProvider.Sqlite], NewestMigration(typeof(SqliteContactSyncDbContext)));
        Assert.Equal(ContactSyncSchema.NewestMigrations[DatabaseProvider.PostgreSql], NewestMigration(typeof(PostgresContactSyncDbContext)));
    }

    /// <summary>The greatest id of the migrations of <paramref name="context"/> (read from their attributes, as EF Core does).</summary>
    private static string NewestMigration(Type context) => typeof(ContactSyncSchema).Assembly.GetTypes()
        .Select(t => (Id: Argument<string>(t, "MigrationAttribute"), Context: Argument<Type>(t, "DbContextAttribute")))
        .Where(m => m.Id is not null && m.Context == context)
        .Select(m => m.Id!)
        .Max(StringComparer.Ordinal)!;

    private static T? Argument<T>(Type type, string attribute) where T : class =>
        type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == attribute)?.ConstructorArguments[0].Value as T;
}
