namespace ContactSync.Http;

/// <summary>One write that may be repeated: its method, the end of its URL path, and why a repeat changes nothing more.</summary>
internal sealed record RepeatableWrite(string Method, string PathEnd, string Why)
{
    public bool Matches(string method, string path) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) && path.EndsWith(PathEnd, StringComparison.Ordinal);
}
