namespace ContactSync.Core.State;

/// <summary>The last-synced value of one mapped field on each side (normalised), the base of the three-way merge.</summary>
/// <param name="Crm">The CRM value as last synced.</param>
/// <param name="Google">The Google value as last synced.</param>
/// <param name="Converted">
/// True when the CRM could not hold the Google value as given (converted to the field's type, or not written at all): the
/// two values differ although the pair is in step, until one of them changes.
/// </param>
public sealed record FieldSnapshot(string Crm, string Google, bool Converted = false);
