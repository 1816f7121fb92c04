namespace ContactSync.Server.Errors;

/// <summary>A concurrent change got in the way; the caller may retry (becomes <c>Aborted</c>).</summary>
/// <param name="message">What happened.</param>
/// <param name="reason">The ErrorInfo reason.</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class RequestAbortedException(string message, string reason, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, reason, metadata);
