namespace ContactSync.Emulators.Zoho;

/// <summary>A CRM profile with its permissions (name → enabled).</summary>
internal sealed record ZohoProfile(long Id, string Name, bool IsAdmin, IReadOnlyDictionary<string, bool> Permissions);
