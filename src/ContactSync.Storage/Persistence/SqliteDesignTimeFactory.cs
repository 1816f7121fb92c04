using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactSync.Storage.Persistence;

/// <summary>Design-time factory for <c>dotnet ef … --context SqliteContactSyncDbContext</c> (no database is opened).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteContactSyncDbContext>
{
    /// <inheritdoc />
    public SqliteContactSyncDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteContactSyncDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
