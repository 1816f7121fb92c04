namespace ContactSync.Google;

/// <summary>The person's etag is stale (400 FAILED_PRECONDITION): re-read, re-merge and retry.</summary>
public sealed class GoogleEtagMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoogleEtagMismatchException(string message, IReadOnlyList<string> staleResourceNames, Exception? inner = null)
        : base(message, inner) => StaleResourceNames = staleResourceNames;

    /// <summary>The resource names the error named as stale (empty when the error did not say; then the whole batch is suspect).</summary>
    public IReadOnlyList<string> StaleResourceNames { get; }
}
