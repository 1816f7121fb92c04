namespace ContactSync.Core.Ports;

/// <summary>One page of a Google read. The last page carries the next sync token.</summary>
/// <param name="Contacts">The contacts (tombstones included for sync-token reads).</param>
/// <param name="NextSyncToken">The token for the next incremental read; only on the last page.</param>
public sealed record GooglePage(IReadOnlyList<GoogleContact> Contacts, string? NextSyncToken);
