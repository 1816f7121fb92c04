namespace ContactSync.Client.Models;

/// <summary>A Zoho CRM custom view of the Contacts module.</summary>
public sealed record CrmViewInfo
{
    /// <summary>The custom view id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The system name of built-in views.</summary>
    public string SystemName { get; init; } = "";

    /// <summary>True for the module's default view.</summary>
    public bool IsDefault { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
