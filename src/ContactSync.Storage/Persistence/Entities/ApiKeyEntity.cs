using ContactSync.Storage.ApiKeys;

namespace ContactSync.Storage.Persistence.Entities;

/// <summary>
/// A stored API key: only a salted hash of its secret is kept (<see cref="SecretSalt"/>; a key of an older database has
/// none until the server re-hashes it at start).
/// </summary>
internal sealed class ApiKeyEntity
{
    private ApiKeyEntity()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ApiKeyRole Role { get; private set; }

    /// <summary>For user keys, the CRM user the key is bound to; "" for admin keys.</summary>
    public string CrmUserId { get; private set; } = "";

    /// <summary>HMAC-SHA256 keyed with <see cref="SecretSalt"/> of the SHA-256 of the secret (plain SHA-256 when there is no salt).</summary>
    public byte[] SecretHash { get; private set; } = [];

    /// <summary>The key's own random salt; <see langword="null"/> for a key stored before salting.</summary>
    public byte[]? SecretSalt { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public static ApiKeyEntity Create(string id, string name, ApiKeyRole role, string crmUserId, byte[] secretSalt, byte[] secretHash, DateTime nowUtc) => new()
    {
        SecretSalt = secretSalt,
        Id = id,
        Name = name,
        Role = role,
        CrmUserId = crmUserId,
        SecretHash = secretHash,
        CreatedUtc = nowUtc,
    };

    /// <summary>Replaces an unsalted hash by a salted one.</summary>
    public void Resalt(byte[] secretSalt, byte[] secretHash)
    {
        SecretSalt = secretSalt;
        SecretHash = secretHash;
    }

    /// <summary>Revokes the key; a revoked key stays revoked at its first revocation time.</summary>
    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;

    public ApiKeyRecord ToRecord() => new(
        Id,
        Name,
        Role,
        CrmUserId,
        DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc),
        RevokedUtc is { } revoked ? DateTime.SpecifyKind(revoked, DateTimeKind.Utc) : null);
}
