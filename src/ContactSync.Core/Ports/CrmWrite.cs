namespace ContactSync.Core.Ports;

/// <summary>A create (Id null) or update of a CRM contact. Only the given fields are written; "" clears a field.</summary>
/// <param name="Id">The record id for updates; null for creates.</param>
/// <param name="Values">Field API name → new value as text.</param>
/// <param name="GoogleRef">For creates and re-links: the Google resource name to store in the plan's cross-reference field.</param>
/// <param name="Key">The engine's correlation key (the Google resource name for creates).</param>
public sealed record CrmWrite(string? Id, IReadOnlyDictionary<string, string> Values, string? GoogleRef, string Key);
