namespace ContactSync.Storage.ApiKeys;

/// <summary>A key with the hash of its secret, for authentication only.</summary>
/// <param name="Key">The key.</param>
/// <param name="SecretHash">SHA-256 of the secret.</param>
internal sealed record ApiKeyCredential(ApiKeyRecord Key, byte[] SecretHash);
