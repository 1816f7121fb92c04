using ContactSync.Core.Diagnostics;
using ContactSync.Google;
using ContactSync.Server.Errors;
using ContactSync.Zoho;

namespace ContactSync.Server.Connections;

/// <summary>
/// Builds API clients from the stored connections. Zoho clients use the pooled named HttpClient
/// <see cref="ZohoHttpClientName"/> and share one <see cref="ZohoTokenCache"/> per stored connection version, so a new
/// client per run (with that run's observer) reuses the access token instead of spending one of Zoho's 10 refreshes per
/// 10 minutes; SetConnection (a new version) starts a new cache.
/// </summary>
internal sealed class SyncClientFactory(IServiceScopeFactory scopes, IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers) : ISyncClientFactory
{
    /// <summary>The named HttpClient of Zoho clients.</summary>
    public const string ZohoHttpClientName = "ContactSync.Zoho";

    private readonly Lock _gate = new();
    private long _zohoCacheVersion;
    private ZohoTokenCache? _zohoCache;
    private long _googleCacheVersion;
    private GoogleCredentialCache? _googleCache;

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
        return new ZohoCrmClient(httpClients.CreateClient(ZohoHttpClientName), options, time, observer, loggers.CreateLogger<ZohoCrmClient>(),
            TokenCacheFor(connection.Version));
    }

    public async Task<GoogleContactsClient> CreateGoogleAsync(IApiCallObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observer);
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

        var settings = connection.Settings;
        var options = new GoogleClientOptions
        {
            ApiBaseUrl = settings.ApiUrl.Length > 0 ? settings.ApiUrl : null,
            TokenUrl = settings.TokenUrl.Length > 0 ? settings.TokenUrl : null,
        };
        if (settings.CredentialType == GoogleCredentialTypes.ServiceAccount)
        {
            options.ServiceAccountJson = connection.Secrets.ServiceAccountJson;
            options.ImpersonatedUser = settings.ImpersonatedUser;
        }
        else
        {
            options.ClientId = settings.ClientId;
            options.ClientSecret = connection.Secrets.ClientSecret;
            options.RefreshToken = connection.Secrets.RefreshToken;
        }

        return new GoogleContactsClient(options, time, CredentialCacheFor(connection.Version), observer, loggers.CreateLogger<GoogleContactsClient>());
    }

    private GoogleCredentialCache CredentialCacheFor(long version)
    {
        lock (_gate)
        {
            if (_googleCache is null || _googleCacheVersion != version)
            {
                _googleCache = new GoogleCredentialCache();
                _googleCacheVersion = version;
            }

            return _googleCache;
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
