using ContactSync.Storage.ApiKeys;

namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A stored API key: only a SHA-256 hash of its secret is kept.</summary>
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

    /// <summary>SHA-256 of the secret part of the key.</summary>
    public byte[] SecretHash { get; private set; } = [];

    public DateTime CreatedUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public static ApiKeyEntity Create(string id, string name, ApiKeyRole role, string crmUserId, byte[] secretHash, DateTime nowUtc) => new()
    {
        Id = id,
        Name = name,
        Role = role,
        CrmUserId = crmUserId,
        SecretHash = secretHash,
        CreatedUtc = nowUtc,
    };

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
