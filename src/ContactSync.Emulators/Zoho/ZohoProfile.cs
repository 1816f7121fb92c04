namespace ContactSync.Emulators.Zoho;

/// <summary>A CRM profile with the permissions its <c>permissions_details</c> lists.</summary>
internal sealed record ZohoProfile(long Id, string Name, bool IsAdmin, IReadOnlyList<ZohoProfilePermission> Permissions)
{
    /// <summary>Whether the profile lists this permission enabled.</summary>
    public bool IsEnabled(string name) => Permissions.Any(p => p.Enabled && string.Equals(p.Name, name, StringComparison.Ordinal));
}
