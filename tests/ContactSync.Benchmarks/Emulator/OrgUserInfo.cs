namespace ContactSync.Benchmarks.Emulator;

/// <summary>A CRM user of the emulated organisation: their Zoho id and email (their Google account).</summary>
internal sealed record OrgUserInfo(string ZohoUserId, string Email);
