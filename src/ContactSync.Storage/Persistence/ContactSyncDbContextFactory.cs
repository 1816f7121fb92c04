using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactSync.Storage.Persistence;

/// <summary>Design-time factory for <c>dotnet ef</c>: a SQLite context (migrations are generated for SQLite).</summary>
internal sealed class ContactSyncDbContextFactory : IDesignTimeDbContextFactory<ContactSyncDbContext>
{
    /// <inheritdoc />
    public ContactSyncDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ContactSyncDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new ContactSyncDbContext(options);
    }
}
