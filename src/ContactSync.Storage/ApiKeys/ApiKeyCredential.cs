namespace ContactSync.Storage.ApiKeys;

/// <summary>A key with the hash of its secret, for authentication only.</summary>
/// <param name="Key">The key.</param>
/// <param name="SecretSalt">The key's salt; <see langword="null"/> for a key stored before salting (plain SHA-256).</param>
/// <param name="SecretHash">The salted hash of the secret.</param>
public sealed record ApiKeyCredential(ApiKeyRecord Key, byte[]? SecretSalt, byte[] SecretHash);
