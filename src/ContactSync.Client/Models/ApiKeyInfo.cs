namespace ContactSync.Client.Models;

/// <summary>An API key as stored (without its secret).</summary>
public sealed record ApiKeyInfo
{
    /// <summary>The key id.</summary>
    public string Id { get; init; } = "";

    /// <summary>A label for people.</summary>
    public string Name { get; init; } = "";

    /// <summary>Admin or user.</summary>
    public ApiKeyRole Role { get; init; }

    /// <summary>For user keys: the CRM user.</summary>
    public string CrmUser { get; init; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When it was revoked (null while valid).</summary>
    public DateTimeOffset? Revoked { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id}, {Role})";
}
