namespace ContactSync.Client.Models;

/// <summary>One invalid field reported by the server.</summary>
public sealed record FieldViolationInfo
{
    /// <summary>The field path, e.g. "plan.name".</summary>
    public string Field { get; init; } = "";

    /// <summary>Why it is invalid.</summary>
    public string Description { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Description}";
}
