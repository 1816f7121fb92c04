namespace ContactSync.Storage.ApiKeys;

/// <summary>An API key as stored, without its secret.</summary>
/// <param name="Id">The key id (the visible part of the key).</param>
/// <param name="Name">A label for people.</param>
/// <param name="Role">Admin or user.</param>
/// <param name="CrmUserId">For user keys the CRM user id, "" for admin keys.</param>
/// <param name="CreatedUtc">When the key was created.</param>
/// <param name="RevokedUtc">When it was revoked, <see langword="null"/> while valid.</param>
public sealed record ApiKeyRecord(string Id, string Name, ApiKeyRole Role, string CrmUserId, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    /// <summary>Whether the key was revoked.</summary>
    public bool IsRevoked => RevokedUtc is not null;
}
