namespace ContactSync.Server.Hosting;

/// <summary>Settings section <c>ContactSync:Limits</c>: request sizes, per-key rate limits and short-lived caches.</summary>
internal sealed class LimitSettings
{
    /// <summary>The section name.</summary>
    public const string SectionName = "ContactSync:Limits";

    /// <summary>The largest request message accepted, in bytes (after decompression); larger ones get RESOURCE_EXHAUSTED.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}
