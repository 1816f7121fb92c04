using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

/// <summary>One page of Contacts.</summary>
/// <param name="Records">The records as returned (custom fields included).</param>
/// <param name="MoreRecords">Whether another page follows.</param>
/// <param name="Page">The 1-based page number (counted by the client also while page tokens are used).</param>
public sealed record ZohoRecordPage(IReadOnlyList<JsonObject> Records, bool MoreRecords, int Page);
