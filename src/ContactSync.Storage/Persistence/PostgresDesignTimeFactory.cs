using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactSync.Storage.Persistence;

/// <summary>Design-time factory for <c>dotnet ef … --context PostgresContactSyncDbContext</c> (no database is opened).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContactSyncDbContext>
{
    /// <inheritdoc />
    public PostgresContactSyncDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresContactSyncDbContext>().UseNpgsql("Host=localhost;Database=contactsync;Username=contactsync").Options);
}
