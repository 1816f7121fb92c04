using ContactSync.Core.Diagnostics;
using ContactSync.Google;
using ContactSync.Server.Errors;
using ContactSync.Server.Quotas;
using ContactSync.Zoho;

namespace ContactSync.Server.Connections;

/// <summary>
/// Builds API clients from the stored connections. Zoho clients use the pooled named HttpClient
/// <see cref="ZohoHttpClientName"/> and share one <see cref="ZohoTokenCache"/> per stored connection version, so a new
/// client per run (with that run's observer) reuses the access token instead of spending one of Zoho's 10 refreshes per
/// 10 minutes; SetConnection (a new version) starts a new cache. Google credentials are shared the same way per (connection
/// version, account): each account has its own access token.
/// </summary>
/// <remarks>Every client is paced by the process's quotas (<see cref="ServerQuotas"/>): Zoho by the org's, Google by the account it acts as.</remarks>
internal sealed class SyncClientFactory(IServiceScopeFactory scopes, IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers, ServerQuotas quotas) : ISyncClientFactory
{
    /// <summary>The named HttpClient of Zoho clients.</summary>
    public const string ZohoHttpClientName = "ContactSync.Zoho";

    private readonly Lock _gate = new();
    private long _zohoCacheVersion;
    private ZohoTokenCache? _zohoCache;
    private readonly Dictionary<string, GoogleCredentialCache> _googleCaches = new(StringComparer.Ordinal);
    private long _googleCacheVersion;

    public async Task<ZohoCrmClient> CreateZohoAsync(IApiCallObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observer);
        StoredZohoConnection? connection;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connection = await scope.ServiceProvider.GetRequiredService<ConnectionStore>().GetZohoAsync(cancellationToken);
        }

        if (connection is null)
        {
            throw new PreconditionFailedException("Zoho connection is not configured; call SetConnection", ErrorReasons.ConnectionNotConfigured,
                new Dictionary<string, string> { ["connection"] = "zoho" });
        }

        var options = ConnectionDescriber.ToOptions(connection.Settings);
        options.ClientSecret = connection.Secrets.ClientSecret;
        options.RefreshToken = connection.Secrets.RefreshToken;
        options.Pacing = quotas.ForZoho();
        return new ZohoCrmClient(httpClients.CreateClient(ZohoHttpClientName), options, time, observer, loggers.CreateLogger<ZohoCrmClient>(),
            TokenCacheFor(connection.Version));
    }

    public async Task<GoogleAccountClient> CreateGoogleAsync(IApiCallObserver observer, string account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(account);
        StoredGoogleConnection? connection;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connection = await scope.ServiceProvider.GetRequiredService<ConnectionStore>().GetGoogleAsync(cancellationToken);
        }

        if (connection is null)
        {
            throw new PreconditionFailedException("Google connection is not configured; call SetConnection", ErrorReasons.ConnectionNotConfigured,
                new Dictionary<string, string> { ["connection"] = "google" });
        }

        var (effective, options) = GoogleCredentials.Select(connection, account);
        options.Pacing = quotas.ForGoogle(effective);
        var client = new GoogleContactsClient(options, time, CredentialCacheFor(connection.Version, effective), observer, loggers.CreateLogger<GoogleContactsClient>());
        return new GoogleAccountClient(effective, client);
    }

    /// <summary>The credential of one account of one connection version, shared by its clients (SetConnection starts afresh).</summary>
    private GoogleCredentialCache CredentialCacheFor(long version, string account)
    {
        lock (_gate)
        {
            if (_googleCacheVersion != version)
            {
                _googleCaches.Clear();
                _googleCacheVersion = version;
            }

            if (!_googleCaches.TryGetValue(account, out var cache))
            {
                cache = new GoogleCredentialCache();
                _googleCaches[account] = cache;
            }

            return cache;
        }
    }

    private ZohoTokenCache TokenCacheFor(long version)
    {
        lock (_gate)
        {
            if (_zohoCache is null || _zohoCacheVersion != version)
            {
                _zohoCache = new ZohoTokenCache(time);
                _zohoCacheVersion = version;
            }

            return _zohoCache;
        }
    }
}
