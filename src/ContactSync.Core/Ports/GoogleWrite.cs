namespace ContactSync.Core.Ports;

/// <summary>A create (ResourceName null) or update of a Google contact. Only the given paths are written; "" clears one.</summary>
/// <param name="ResourceName">The contact for updates; null for creates.</param>
/// <param name="Etag">The etag the update is based on.</param>
/// <param name="State">The adapter state the update is based on (from <see cref="GoogleContact.State"/> or the link).</param>
/// <param name="Values">Canonical path → new value.</param>
/// <param name="CrmId">The CRM id to keep as the durable cross-reference.</param>
/// <param name="Key">The engine's correlation key (the CRM id).</param>
public sealed record GoogleWrite(string? ResourceName, string? Etag, string? State, IReadOnlyDictionary<string, string> Values, string CrmId, string Key);
