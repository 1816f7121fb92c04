namespace ContactSync.Server.Errors;

/// <summary>Zoho CRM or Google throttled or failed for now (becomes <c>Unavailable</c>: try again later).</summary>
/// <param name="message">What failed.</param>
/// <param name="reason">The ErrorInfo reason.</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class ServiceUnavailableException(string message, string reason = ErrorReasons.ServiceUnavailable, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, reason, metadata);
