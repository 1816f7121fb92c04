namespace ContactSync.Core.Ports;

/// <summary>A Google contact as the engine sees it.</summary>
/// <param name="ResourceName">"people/…".</param>
/// <param name="Etag">The person's etag.</param>
/// <param name="Deleted">True for a tombstone from a sync-token read.</param>
/// <param name="InGroup">True when the contact is a member of the plan's group.</param>
/// <param name="CrmRef">The CRM id kept in clientData / externalIds by an earlier sync, if any.</param>
/// <param name="Values">Canonical path (see <see cref="Mapping.GoogleFieldPath"/>) → value as text, for the mapped paths.</param>
/// <param name="State">Opaque adapter state (the person's mapped fields) handed back on update so unmapped entries are kept.</param>
public sealed record GoogleContact(
    string ResourceName,
    string Etag,
    bool Deleted,
    bool InGroup,
    string? CrmRef,
    IReadOnlyDictionary<string, string> Values,
    string State)
{
    /// <summary>The value of a path, "" when absent.</summary>
    public string this[string path] => Values.TryGetValue(path, out var value) ? value : "";
}
