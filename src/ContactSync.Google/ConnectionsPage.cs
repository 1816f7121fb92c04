using ContactSync.Google.Apis.Data;

namespace ContactSync.Google;

/// <summary>One page of people.connections.list.</summary>
/// <param name="Connections">The people (tombstones have metadata.deleted = true).</param>
/// <param name="NextPageToken">The next page's token, null on the last page.</param>
/// <param name="NextSyncToken">The sync token (last page only, when requested).</param>
/// <param name="TotalItems">totalItems, when given.</param>
public sealed record ConnectionsPage(IReadOnlyList<Person> Connections, string? NextPageToken, string? NextSyncToken, int? TotalItems);
