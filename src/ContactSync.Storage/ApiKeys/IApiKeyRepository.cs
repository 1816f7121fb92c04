namespace ContactSync.Storage.ApiKeys;

/// <summary>Stores API keys (hashed).</summary>
public interface IApiKeyRepository
{
    /// <summary>Whether any key exists (revoked ones included): false only on a fresh database.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Reads a key with its secret hash, for authentication.</summary>
    Task<ApiKeyCredential?> GetCredentialAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads a key.</summary>
    Task<ApiKeyRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a new key with its salt and salted hash.</summary>
    Task<ApiKeyRecord> CreateAsync(string id, string name, ApiKeyRole role, string crmUserId, byte[] secretSalt, byte[] secretHash, CancellationToken cancellationToken);

    /// <summary>
    /// Gives every key stored before salting (plain SHA-256 of its secret) a salt and the salted hash
    /// <paramref name="resalt"/> derives from the old hash; returns how many keys changed.
    /// </summary>
    Task<int> ResaltAsync(Func<byte[], (byte[] Salt, byte[] Hash)> resalt, CancellationToken cancellationToken);

    /// <summary>Revokes a key (idempotent); <see langword="null"/> when there is no such key.</summary>
    Task<ApiKeyRecord?> RevokeAsync(string id, CancellationToken cancellationToken);

    /// <summary>Lists keys, oldest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(bool includeRevoked, CancellationToken cancellationToken);

    /// <summary>Counts admin keys that are not revoked.</summary>
    Task<int> CountActiveAdminsAsync(CancellationToken cancellationToken);
}
