namespace ContactSync.Emulators.Zoho;

/// <summary>Metadata of one Contacts field.</summary>
internal sealed record ZohoFieldDefinition(
    long Id,
    string ApiName,
    string Label,
    string DataType,
    string JsonType,
    int Length,
    bool Custom = false,
    bool ReadOnly = false,
    bool Mandatory = false,
    bool Unique = false,
    IReadOnlyList<string>? PickList = null);
