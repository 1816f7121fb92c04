namespace ContactSync.Zoho;

/// <summary>Decides how the next page of Get Records is requested: <c>page</c> up to record 2000, then <c>page_token</c>.</summary>
internal static class ZohoPaging
{
    /// <summary>Records reachable with the <c>page</c> parameter alone.</summary>
    public const int DiscretePagingLimit = 2000;

    /// <summary>
    /// Returns the next request after <paramref name="currentPage"/>: a page number, a page token, or neither
    /// (end). Throws when more records exist beyond the discrete limit but no token was given.
    /// </summary>
    public static (int? Page, string? PageToken) Next(int currentPage, int perPage, bool moreRecords, string? nextPageToken)
    {
        if (!moreRecords)
        {
            return (null, null);
        }

        if ((long)(currentPage + 1) * perPage <= DiscretePagingLimit)
        {
            // Within the discrete range: page numbers, even if a token is offered.
            return (currentPage + 1, null);
        }

        if (string.IsNullOrEmpty(nextPageToken))
        {
            throw new ZohoApiException("PAGE_TOKEN_MISSING", 200,
                $"More records exist after record {(long)currentPage * perPage} but Zoho returned no next_page_token.");
        }

        return (null, nextPageToken);
    }
}
