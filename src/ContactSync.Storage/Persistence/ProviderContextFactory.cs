using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Persistence;

/// <summary>Hands out the configured provider's context as the shared <see cref="ContactSyncDbContext"/> the stores use.</summary>
/// <typeparam name="TContext">The provider's context.</typeparam>
internal sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ContactSyncDbContext>
    where TContext : ContactSyncDbContext
{
    public ContactSyncDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ContactSyncDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
