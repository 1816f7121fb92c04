using Google.Apis.Http;

namespace ContactSync.Google;

/// <summary>
/// Shares one OAuth credential (and so its access token) between the clients of one stored connection, so each run does
/// not fetch a new token. The token endpoint calls of a refresh are reported to the observer of the client that created
/// the credential.
/// </summary>
public sealed class GoogleCredentialCache
{
    private readonly Lock _gate = new();
    private IConfigurableHttpClientInitializer? _credential;

    internal IConfigurableHttpClientInitializer GetOrCreate(Func<IConfigurableHttpClientInitializer> create)
    {
        lock (_gate)
        {
            return _credential ??= create();
        }
    }
}
