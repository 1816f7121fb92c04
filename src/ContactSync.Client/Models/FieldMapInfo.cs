namespace ContactSync.Client.Models;

/// <summary>One mapping between a Zoho CRM field and a Google People field path.</summary>
public sealed record FieldMapInfo
{
    /// <summary>The CRM field API name, e.g. "First_Name".</summary>
    public string CrmField { get; init; } = "";

    /// <summary>The Google field path, e.g. "names[0].givenName".</summary>
    public string GoogleField { get; init; } = "";

    /// <summary>Narrows the plan's direction for this field; null follows the plan.</summary>
    public MappingDirection? Direction { get; init; }

    /// <inheritdoc />
    public override string ToString() => Direction switch
    {
        MappingDirection.CrmToGoogle => $"{CrmField} -> {GoogleField}",
        MappingDirection.GoogleToCrm => $"{CrmField} <- {GoogleField}",
        _ => $"{CrmField} <-> {GoogleField}",
    };
}
