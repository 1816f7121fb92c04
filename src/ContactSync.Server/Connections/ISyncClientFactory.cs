using ContactSync.Core.Diagnostics;
using ContactSync.Google;
using ContactSync.Zoho;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Connections;

/// <summary>
/// Builds API clients from the stored connections (SetConnection). Throws <see cref="PreconditionFailedException"/>
/// when a connection is not configured.
/// </summary>
internal interface ISyncClientFactory
{
    /// <summary>A Zoho CRM client for the stored Zoho connection; calls are reported to <paramref name="observer"/>.</summary>
    Task<ZohoCrmClient> CreateZohoAsync(IApiCallObserver observer, CancellationToken cancellationToken);

    /// <summary>
    /// A Google People client of the stored Google connection acting for <paramref name="account"/> ("" = the connection's
    /// default account): impersonating it, or with its stored refresh token (<see cref="GoogleCredentials.Select"/>). The
    /// caller disposes it.
    /// </summary>
    Task<GoogleAccountClient> CreateGoogleAsync(IApiCallObserver observer, string account, CancellationToken cancellationToken);
}
