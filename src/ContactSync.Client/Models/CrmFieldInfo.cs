namespace ContactSync.Client.Models;

/// <summary>A field of the Zoho CRM Contacts module.</summary>
public sealed record CrmFieldInfo
{
    /// <summary>The API name.</summary>
    public string ApiName { get; init; } = "";

    /// <summary>The label.</summary>
    public string Label { get; init; } = "";

    /// <summary>Zoho's data type.</summary>
    public string DataType { get; init; } = "";

    /// <summary>True for custom fields.</summary>
    public bool Custom { get; init; }

    /// <summary>True when the field cannot be written.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Maximum length, 0 when not limited.</summary>
    public int MaxLength { get; init; }

    /// <summary>True when the CRM requires a value.</summary>
    public bool Mandatory { get; init; }

    /// <inheritdoc />
    public override string ToString() => ApiName;
}
