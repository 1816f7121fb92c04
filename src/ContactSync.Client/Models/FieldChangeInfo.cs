namespace ContactSync.Client.Models;

/// <summary>One changed field inside a planned change.</summary>
public sealed record FieldChangeInfo
{
    /// <summary>The CRM field.</summary>
    public string CrmField { get; init; } = "";

    /// <summary>The Google field path.</summary>
    public string GoogleField { get; init; } = "";

    /// <summary>The target value before.</summary>
    public string OldValue { get; init; } = "";

    /// <summary>The value written.</summary>
    public string NewValue { get; init; } = "";

    /// <summary>True when the conflict option decided.</summary>
    public bool Conflict { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{(CrmField.Length > 0 ? CrmField : GoogleField)}: '{OldValue}' -> '{NewValue}'" + (Conflict ? " (conflict)" : "");
}
