using System.Text.Json;
using ContactSync.Core.Plans;
using ContactSync.Storage.Connections;

namespace ContactSync.Server.Connections;

/// <summary>Reads and writes the two connections: settings as JSON, secrets protected by <see cref="ConnectionSecretProtector"/>.</summary>
internal sealed class ConnectionStore(IConnectionRepository repository, ConnectionSecretProtector protector)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The Zoho connection, or null when it was never set.</summary>
    public async Task<StoredZohoConnection?> GetZohoAsync(CancellationToken cancellationToken)
    {
        var record = await repository.GetAsync(StoredConnectionKind.Zoho, cancellationToken);
        return record is null
            ? null
            : new StoredZohoConnection(ReadSettings<ZohoConnectionSettings>(record), protector.Unprotect<ZohoConnectionSecrets>(record.ProtectedSecrets), record.Version, record.UpdatedUtc);
    }

    /// <summary>The Google connection, or null when it was never set.</summary>
    public async Task<StoredGoogleConnection?> GetGoogleAsync(CancellationToken cancellationToken)
    {
        var record = await repository.GetAsync(StoredConnectionKind.Google, cancellationToken);
        return record is null
            ? null
            : new StoredGoogleConnection(ReadSettings<GoogleConnectionSettings>(record), protector.Unprotect<GoogleConnectionSecrets>(record.ProtectedSecrets), record.Version, record.UpdatedUtc);
    }

    /// <summary>Whether a connection is stored (does not decrypt anything).</summary>
    public async Task<bool> IsConfiguredAsync(StoredConnectionKind kind, CancellationToken cancellationToken) =>
        await repository.GetAsync(kind, cancellationToken) is not null;

    /// <summary>Both connections without secrets (nothing is decrypted).</summary>
    public async Task<IReadOnlyList<ConnectionDescription>> DescribeAllAsync(CancellationToken cancellationToken)
    {
        var records = await repository.ListAsync(cancellationToken);
        var zoho = records.FirstOrDefault(r => r.Kind == StoredConnectionKind.Zoho);
        var google = records.FirstOrDefault(r => r.Kind == StoredConnectionKind.Google);
        return
        [
            zoho is null ? ConnectionDescription.NotConfigured(StoredConnectionKind.Zoho) : ConnectionDescriber.Describe(ReadSettings<ZohoConnectionSettings>(zoho), zoho.UpdatedUtc),
            google is null ? ConnectionDescription.NotConfigured(StoredConnectionKind.Google) : ConnectionDescriber.Describe(ReadSettings<GoogleConnectionSettings>(google), google.UpdatedUtc),
        ];
    }

    /// <summary>Stores the Zoho connection (replacing any previous one).</summary>
    public async Task<ConnectionRecord> SaveZohoAsync(ZohoConnectionSettings settings, ZohoConnectionSecrets secrets, CancellationToken cancellationToken) =>
        await repository.SaveAsync(StoredConnectionKind.Zoho, JsonSerializer.Serialize(settings, JsonOptions), protector.Protect(secrets), cancellationToken);

    /// <summary>
    /// Stores one Google credential: a refresh token of the same OAuth client joins the tokens of the other accounts
    /// (<see cref="GoogleCredentials.Merge"/>); anything else replaces the connection. Concurrent saves are merged, not lost.
    /// </summary>
    public async Task<(ConnectionRecord Record, GoogleConnectionSettings Settings)> SaveGoogleAsync(
        GoogleConnectionSettings settings, GoogleConnectionSecrets secrets, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await repository.GetAsync(StoredConnectionKind.Google, cancellationToken);
            var existing = record is null ? null : ReadGoogle(record, settings.CredentialType == GoogleCredentialTypes.RefreshToken);
            var (merged, mergedSecrets) = GoogleCredentials.Merge(existing, settings, secrets);
            var saved = await repository.TrySaveAsync(
                StoredConnectionKind.Google, JsonSerializer.Serialize(merged, JsonOptions), protector.Protect(mergedSecrets), record?.Version ?? 0, cancellationToken);
            if (saved is not null)
            {
                return (saved, merged);
            }

            if (attempt == 5)
            {
                throw new VersionConflictException("Google connection", record?.Version ?? 0, 0);
            }
        }
    }

    /// <summary>The stored Google connection; when <paramref name="decrypt"/> is false (or its secrets are unreadable, which a replacement fixes) without its secrets.</summary>
    private StoredGoogleConnection ReadGoogle(ConnectionRecord record, bool decrypt)
    {
        var settings = ReadSettings<GoogleConnectionSettings>(record);
        var secrets = new GoogleConnectionSecrets("", "", "");
        if (decrypt)
        {
            try
            {
                secrets = protector.Unprotect<GoogleConnectionSecrets>(record.ProtectedSecrets);
            }
            catch (Errors.PreconditionFailedException)
            {
                // Unreadable (the key ring was lost): the new credential replaces the old ones instead of joining them.
                return new StoredGoogleConnection(settings with { CredentialType = "" }, secrets, record.Version, record.UpdatedUtc);
            }
        }

        return new StoredGoogleConnection(settings, secrets, record.Version, record.UpdatedUtc);
    }

    private static T ReadSettings<T>(ConnectionRecord record) =>
        JsonSerializer.Deserialize<T>(record.SettingsJson, JsonOptions)
            ?? throw new InvalidOperationException($"The stored {record.Kind} connection settings are empty.");
}
