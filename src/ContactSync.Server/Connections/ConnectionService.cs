using ContactSync.Core.Diagnostics;
using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Errors;
using ContactSync.Storage.Connections;

namespace ContactSync.Server.Connections;

/// <summary>
/// Connection use cases: SetConnection (admin only; secrets validated, protected, never returned), GetConnections
/// (any key: the descriptions hold no secrets) and TestConnection (any key: a token and one read call).
/// </summary>
internal sealed class ConnectionService(
    ConnectionStore store, ISyncClientFactory clients, LiveCatalog catalog, TimeProvider timeProvider, ILogger<ConnectionService> logger)
{
    /// <summary>Validates and stores the Zoho connection.</summary>
    public async Task<ConnectionDescription> SetZohoAsync(ApiCaller caller, ZohoConnectionSettings settings, ZohoConnectionSecrets secrets, CancellationToken cancellationToken)
    {
        EnsureAdmin(caller);
        var (validSettings, validSecrets) = ConnectionValidator.ValidateZoho(settings, secrets);
        var saved = await store.SaveZohoAsync(validSettings, validSecrets, cancellationToken);
        ConnectionLog.ConnectionSet(logger, "Zoho", saved.Version, caller.KeyId);
        return ConnectionDescriber.Describe(validSettings, saved.UpdatedUtc);
    }

    /// <summary>Validates and stores the Google connection.</summary>
    public async Task<ConnectionDescription> SetGoogleAsync(ApiCaller caller, GoogleConnectionSettings settings, GoogleConnectionSecrets secrets, CancellationToken cancellationToken)
    {
        EnsureAdmin(caller);
        var (validSettings, validSecrets) = ConnectionValidator.ValidateGoogle(settings, secrets);
        var (saved, stored) = await store.SaveGoogleAsync(validSettings, validSecrets, cancellationToken);
        ConnectionLog.ConnectionSet(logger, "Google", saved.Version, caller.KeyId);
        return ConnectionDescriber.Describe(stored, saved.UpdatedUtc);
    }

    /// <summary>Both connections, without secrets.</summary>
    public Task<IReadOnlyList<ConnectionDescription>> DescribeAsync(CancellationToken cancellationToken) => store.DescribeAllAsync(cancellationToken);

    /// <summary>
    /// Obtains a token and makes one read call (Google: as <paramref name="googleAccount"/>, "" for the default account).
    /// A failing service gives <c>Ok = false</c> with the reason; a connection that is not configured, or a Google account
    /// without a stored refresh token, gives <see cref="PreconditionFailedException"/>.
    /// </summary>
    public Task<ConnectionTestResult> TestAsync(StoredConnectionKind? kind, string googleAccount, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        if (kind is null)
        {
            violations.Add(new FieldViolation("kind", "Choose the connection to test: CONNECTION_KIND_ZOHO or CONNECTION_KIND_GOOGLE."));
        }

        var account = PlanValidator.NormalizeAccount(googleAccount);
        if (PlanValidator.AccountProblem(account) is { } problem)
        {
            violations.Add(new FieldViolation("google_account", problem));
        }
        else if (account.Length > 0 && kind == StoredConnectionKind.Zoho)
        {
            violations.Add(new FieldViolation("google_account", "Only the Google connection is tested for an account; leave it empty for Zoho."));
        }

        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }

        // A result is reused briefly (SetConnection makes a new connection version, which is tested afresh).
        return catalog.GetAsync(kind!.Value, "Testing the connection " + account, () => TestLiveAsync(kind.Value, account, cancellationToken), cancellationToken);
    }

    private async Task<ConnectionTestResult> TestLiveAsync(StoredConnectionKind kind, string googleAccount, CancellationToken cancellationToken)
    {
        var name = kind == StoredConnectionKind.Zoho ? "Zoho CRM" : "Google";
        var started = timeProvider.GetTimestamp();
        try
        {
            var (message, account) = kind == StoredConnectionKind.Zoho ? await TestZohoAsync(cancellationToken) : await TestGoogleAsync(googleAccount, cancellationToken);
            var latency = timeProvider.GetElapsedTime(started);
            ConnectionLog.ConnectionTested(logger, kind, (long)latency.TotalMilliseconds);
            return new ConnectionTestResult(true, message, account, latency);
        }
        catch (Exception ex) when (ex is not PreconditionFailedException && !cancellationToken.IsCancellationRequested)
        {
            var latency = timeProvider.GetElapsedTime(started);
            ConnectionLog.ConnectionTestFailed(logger, kind.ToString(), (long)latency.TotalMilliseconds, ex.GetType().Name, ExternalFailure.Code(ex));
            return new ConnectionTestResult(false, ExternalFailure.Describe(name, ex), "", latency);
        }
    }

    private async Task<(string Message, string Account)> TestZohoAsync(CancellationToken cancellationToken)
    {
        var zoho = await clients.CreateZohoAsync(NullApiCallObserver.Instance, cancellationToken);
        var info = await zoho.TestAsync(cancellationToken);
        var user = info.User;
        var account = $"{user.FullName ?? user.Email ?? user.Id} <{user.Email}> (CRM user {user.Id}, profile {user.ProfileName})";
        return ($"Obtained a Zoho access token and read the current user from {info.ApiBaseUrl}.", account);
    }

    private async Task<(string Message, string Account)> TestGoogleAsync(string googleAccount, CancellationToken cancellationToken)
    {
        var description = (await store.DescribeAllAsync(cancellationToken)).Single(d => d.Kind == StoredConnectionKind.Google);
        using var google = await clients.CreateGoogleAsync(NullApiCallObserver.Instance, googleAccount, cancellationToken);
        var total = await google.Client.TestAsync(cancellationToken);
        var account = description.CredentialType == GoogleCredentialTypes.ServiceAccount
            ? $"{google.Account} (impersonated by {description.ServiceAccountEmail})"
            : google.Account.Length > 0
                ? $"{google.Account} (its refresh token, OAuth client {description.ClientId})"
                : $"the unnamed user refresh token of OAuth client {description.ClientId}";
        return ($"Obtained a Google access token for {(google.Account.Length > 0 ? google.Account : "the default account")} and read the contacts ({total} in total) from {description.ApiUrl}.", account);
    }

    private static void EnsureAdmin(ApiCaller caller)
    {
        if (!caller.IsAdmin)
        {
            throw new AccessDeniedException("Only admin API keys may set connections.", ErrorReasons.AdminKeyRequired);
        }
    }
}
