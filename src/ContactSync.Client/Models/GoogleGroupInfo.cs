namespace ContactSync.Client.Models;

/// <summary>A Google contact group.</summary>
public sealed record GoogleGroupInfo
{
    /// <summary>The resource name, "contactGroups/…".</summary>
    public string ResourceName { get; init; } = "";

    /// <summary>The display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>USER_CONTACT_GROUP or SYSTEM_CONTACT_GROUP.</summary>
    public string GroupType { get; init; } = "";

    /// <summary>Number of members.</summary>
    public int MemberCount { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ResourceName})";
}
