namespace ContactSync.Client.Models;

/// <summary>One action of a run's plan, per record.</summary>
public sealed record PlannedChangeInfo
{
    /// <summary>What is done.</summary>
    public ChangeAction Action { get; init; }

    /// <summary>The side that is written.</summary>
    public SyncSide Target { get; init; }

    /// <summary>The CRM record id.</summary>
    public string CrmId { get; init; } = "";

    /// <summary>The Google resource name.</summary>
    public string GoogleResourceName { get; init; } = "";

    /// <summary>The primary email of the pair.</summary>
    public string Email { get; init; } = "";

    /// <summary>A display name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The fields written.</summary>
    public IReadOnlyList<FieldChangeInfo> Fields { get; init; } = Array.Empty<FieldChangeInfo>();

    /// <summary>Why, for skips, links and deletes.</summary>
    public string Reason { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() =>
        $"{Action} {Target} {(Email.Length > 0 ? Email : DisplayName)}".TrimEnd() + (Fields.Count > 0 ? $" ({Fields.Count} fields)" : "");
}
