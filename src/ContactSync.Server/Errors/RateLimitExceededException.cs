namespace ContactSync.Server.Errors;

/// <summary>The key made too many calls that reach Zoho CRM or Google (becomes <c>ResourceExhausted</c> with a RetryInfo).</summary>
/// <param name="message">The limit in words.</param>
/// <param name="retryAfter">When a call will be allowed again.</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class RateLimitExceededException(string message, TimeSpan retryAfter, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, ErrorReasons.RateLimited, metadata)
{
    /// <summary>When a call will be allowed again.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
