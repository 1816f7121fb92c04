namespace ContactSync.Client.Models;

/// <summary>The catalogue of mappable fields on both sides, plus the default map.</summary>
public sealed record FieldCatalogInfo
{
    /// <summary>The CRM Contacts fields.</summary>
    public IReadOnlyList<CrmFieldInfo> CrmFields { get; init; } = Array.Empty<CrmFieldInfo>();

    /// <summary>The supported Google paths.</summary>
    public IReadOnlyList<GoogleFieldInfo> GoogleFields { get; init; } = Array.Empty<GoogleFieldInfo>();

    /// <summary>The default field map.</summary>
    public IReadOnlyList<FieldMapInfo> DefaultMappings { get; init; } = Array.Empty<FieldMapInfo>();

    /// <inheritdoc />
    public override string ToString() => $"{CrmFields.Count} CRM fields, {GoogleFields.Count} Google paths, {DefaultMappings.Count} default mappings";
}
