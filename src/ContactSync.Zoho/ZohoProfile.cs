namespace ContactSync.Zoho;

/// <summary>A CRM profile with its permissions (GET /settings/profiles/{id}).</summary>
/// <param name="Id">Profile id.</param>
/// <param name="Name">name.</param>
/// <param name="Permissions">permissions_details.</param>
public sealed record ZohoProfile(string Id, string? Name, IReadOnlyList<ZohoPermission> Permissions)
{
    /// <summary>Whether a permission with this name (or display label) is enabled.</summary>
    public bool IsEnabled(string nameOrLabel) =>
        Permissions.Any(p => p.Enabled &&
            (string.Equals(p.Name, nameOrLabel, StringComparison.OrdinalIgnoreCase) ||
             string.Equals(p.DisplayLabel, nameOrLabel, StringComparison.OrdinalIgnoreCase)));
}
