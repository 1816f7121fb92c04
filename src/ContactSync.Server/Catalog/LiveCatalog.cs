using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ContactSync.Core.Diagnostics;
using ContactSync.Google;
using ContactSync.Http.Pacing;
using ContactSync.Server.Access;
using ContactSync.Server.Connections;
using ContactSync.Server.Errors;
using ContactSync.Server.Hosting;
using ContactSync.Server.Quotas;
using ContactSync.Storage.Connections;
using ContactSync.Zoho;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Catalog;

/// <summary>
/// Reuses answers of Zoho CRM and Google for <see cref="LimitSettings.CatalogCacheDuration"/> (one minute by default):
/// views, fields, users, groups, permission answers (denials too) and connection tests, per stored connection version
/// (SetConnection starts afresh). An answer that lacks what a request names (a view created a moment ago) is read again.
/// Every read that reaches the service is taken from the calling key's <see cref="LiveCallBudget"/>, and its calls are paced as the
/// pacer's plan <see cref="ServerQuotas.CatalogPlan"/>.
/// </summary>
internal sealed class LiveCatalog(
    IServiceScopeFactory scopes, ISyncClientFactory clients, LiveCallBudget budget, TimeProvider time, IOptions<LimitSettings> settings, ILogger<LiveCatalog> logger)
{
    private const int PruneAbove = 256;
    private readonly ConcurrentDictionary<string, CatalogEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The cached answer of <paramref name="what"/> for the <paramref name="kind"/> connection, or a fresh one from
    /// <paramref name="load"/> when there is none, it expired, or <paramref name="accept"/> refuses the cached one.
    /// </summary>
    public async Task<T> GetAsync<T>(StoredConnectionKind kind, string what, Func<Task<T>> load, CancellationToken cancellationToken, Func<T, bool>? accept = null)
    {
        var version = await VersionAsync(kind, cancellationToken);
        if (version is null)
        {
            // Not configured: the load says so (FAILED_PRECONDITION) without calling anything.
            return await load();
        }

        var key = $"{kind}/{version}/{what}";
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now)
        {
            entry.Denial?.Throw();
            if (accept is null || accept((T)entry.Value!))
            {
                return (T)entry.Value!;
            }
        }

        budget.Spend(what);
        Prune(now);
        using var plan = QuotaPlan.Enter(ServerQuotas.CatalogPlan);
        try
        {
            var value = await load();
            _entries[key] = new CatalogEntry(now + settings.Value.CatalogCacheDuration, value, null);
            return value;
        }
        catch (AccessDeniedException denial)
        {
            _entries[key] = new CatalogEntry(now + settings.Value.CatalogCacheDuration, null, ExceptionDispatchInfo.Capture(denial));
            throw;
        }
    }

    /// <summary>A cached answer of Zoho CRM: <paramref name="operation"/> names it (also in errors).</summary>
    public Task<T> ZohoAsync<T>(string operation, Func<ZohoCrmClient, Task<T>> call, CancellationToken cancellationToken, Func<T, bool>? accept = null) =>
        GetAsync(StoredConnectionKind.Zoho, operation, async () =>
        {
            var zoho = await clients.CreateZohoAsync(NullApiCallObserver.Instance, cancellationToken);
            return await LiveApi.CallAsync("Zoho CRM", operation, () => call(zoho), logger, cancellationToken);
        }, cancellationToken, accept);

    /// <summary>
    /// A cached answer of Google for one account (<paramref name="account"/>, "" = the connection's default account):
    /// <paramref name="operation"/> names it (also in errors). Answers are kept per account.
    /// </summary>
    public Task<T> GoogleAsync<T>(string account, string operation, Func<GoogleContactsClient, Task<T>> call, CancellationToken cancellationToken, Func<T, bool>? accept = null)
    {
        var named = account.Length > 0 ? $"{operation} of {account}" : operation;
        return GetAsync(StoredConnectionKind.Google, named, async () =>
        {
            using var google = await clients.CreateGoogleAsync(NullApiCallObserver.Instance, account, cancellationToken);
            return await LiveApi.CallAsync("Google", named, () => call(google.Client), logger, cancellationToken);
        }, cancellationToken, accept);
    }

    /// <summary>
    /// Drops the reused answer of <paramref name="operation"/> for one Google account (e.g. its group list after a group was
    /// created there), so the next request reads it again.
    /// </summary>
    public void ForgetGoogle(string account, string operation)
    {
        var named = "/" + (account.Length > 0 ? $"{operation} of {account}" : operation);
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(StoredConnectionKind.Google + "/", StringComparison.Ordinal) && k.EndsWith(named, StringComparison.Ordinal)))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private async Task<long?> VersionAsync(StoredConnectionKind kind, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IConnectionRepository>().GetAsync(kind, cancellationToken))?.Version;
    }

    private void Prune(DateTimeOffset now)
    {
        if (_entries.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }
}
