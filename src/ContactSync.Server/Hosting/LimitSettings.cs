namespace ContactSync.Server.Hosting;

/// <summary>Settings section <c>ContactSync:Limits</c>: request sizes, per-key rate limits and short-lived caches.</summary>
internal sealed class LimitSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Limits";

    /// <summary>The largest request message accepted, in bytes (after decompression); larger ones get RESOURCE_EXHAUSTED.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Calls that reach Zoho CRM or Google each key may make per minute, on average (picker and check answers that are
    /// not cached, TestConnection, run starts); 0 turns the limit off. Cached answers do not count.
    /// </summary>
    public int LiveCallsPerMinute { get; set; } = 120;

    /// <summary>How many such calls a key may make at once before the per-minute rate applies.</summary>
    public int LiveCallBurst { get; set; } = 120;

    /// <summary>How long catalogues (views, fields, users, groups), permission answers and connection tests are reused.</summary>
    public TimeSpan CatalogCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
