namespace ContactSync.Google;

/// <summary>Parameters of people.connections.list.</summary>
public sealed record ConnectionsQuery
{
    /// <summary>Field mask (required), e.g. "names,emailAddresses,metadata,memberships".</summary>
    public required string PersonFields { get; init; }

    /// <summary>1..1000. Default 1000.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>The page token of the previous page.</summary>
    public string? PageToken { get; init; }

    /// <summary>A sync token: only changes since it (deletions as tombstones with metadata.deleted).</summary>
    public string? SyncToken { get; init; }

    /// <summary>Ask for nextSyncToken (on the last page). Default true.</summary>
    public bool RequestSyncToken { get; init; } = true;

    /// <summary>Optional sort order (only without sync).</summary>
    public string? SortOrder { get; init; }

    /// <summary>Whose connections; only people/me is valid.</summary>
    public string ResourceName { get; init; } = "people/me";
}
