namespace ContactSync.Core.State;

/// <summary>The last-synced value of one mapped field on each side (normalised), the base of the three-way merge.</summary>
/// <param name="Crm">The CRM value as last synced.</param>
/// <param name="Google">The Google value as last synced.</param>
public sealed record FieldSnapshot(string Crm, string Google);
