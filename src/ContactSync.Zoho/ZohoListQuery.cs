namespace ContactSync.Zoho;

/// <summary>What <see cref="ZohoCrmClient.ListContactsAsync"/> reads.</summary>
public sealed record ZohoListQuery
{
    /// <summary>The field API names to return (mandatory, at most 50).</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>A custom (list) view id (<c>cvid</c>); cannot be combined with <see cref="SortBy"/>.</summary>
    public string? CustomViewId { get; init; }

    /// <summary>Only records modified after this instant (<c>If-Modified-Since</c>).</summary>
    public DateTimeOffset? ModifiedSince { get; init; }

    /// <summary>
    /// Only these record ids (<c>ids</c>, at most <see cref="ZohoCrmClient.MaxIdsPerList"/>), within <see cref="CustomViewId"/>
    /// when it is given too.
    /// </summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Records per page, 1..200. Default 200.</summary>
    public int PerPage { get; init; } = 200;

    /// <summary><c>id</c>, <c>Created_Time</c> or <c>Modified_Time</c>.</summary>
    public string? SortBy { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? SortOrder { get; init; }

    /// <summary>
    /// Called with the CRM's own clock (the <c>Date</c> header) of every list response, 304 and 204 included, so a caller
    /// can keep a change watermark on the server's clock.
    /// </summary>
    public Action<DateTimeOffset>? ServerTimeObserved { get; init; }
}
