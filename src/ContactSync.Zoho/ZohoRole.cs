namespace ContactSync.Zoho;

/// <summary>A role of the role hierarchy (GET /settings/roles).</summary>
/// <param name="Id">Role id.</param>
/// <param name="Name">name.</param>
/// <param name="DisplayLabel">display_label.</param>
/// <param name="ReportingToId">reporting_to.id (the superior role), null for the top.</param>
/// <param name="ShareWithPeers">share_with_peers.</param>
public sealed record ZohoRole(string Id, string? Name, string? DisplayLabel, string? ReportingToId, bool ShareWithPeers);
