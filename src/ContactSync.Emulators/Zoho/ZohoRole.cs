namespace ContactSync.Emulators.Zoho;

/// <summary>A role in the CRM role hierarchy.</summary>
internal sealed record ZohoRole(long Id, string Name, long? ReportsTo);
