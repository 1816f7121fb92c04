namespace ContactSync.Zoho;

/// <summary>One page of deleted Contacts.</summary>
/// <param name="Records">The deleted records.</param>
/// <param name="MoreRecords">Whether another page follows.</param>
/// <param name="Page">The 1-based page number.</param>
public sealed record ZohoDeletedPage(IReadOnlyList<ZohoDeletedRecord> Records, bool MoreRecords, int Page);
