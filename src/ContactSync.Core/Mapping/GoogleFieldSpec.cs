namespace ContactSync.Core.Mapping;

/// <summary>What the catalogue knows about one top-level Google person field.</summary>
/// <param name="Name">The person field name, e.g. "addresses".</param>
/// <param name="Kind">How entries are selected.</param>
/// <param name="Properties">The value-holding properties of an entry.</param>
/// <param name="DefaultProperty">The property used when a path names none (e.g. "value" for phone numbers).</param>
/// <param name="Types">The well-known entry types offered by the pickers (any type is accepted).</param>
/// <param name="Description">What the field is, for pickers.</param>
public sealed record GoogleFieldSpec(
    string Name,
    GoogleFieldKind Kind,
    IReadOnlyList<string> Properties,
    string? DefaultProperty,
    IReadOnlyList<string> Types,
    string Description);
