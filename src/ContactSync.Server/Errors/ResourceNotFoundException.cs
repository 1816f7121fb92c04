namespace ContactSync.Server.Errors;

/// <summary>A requested resource does not exist (becomes <c>NotFound</c>).</summary>
/// <param name="message">What was not found (input quoted through <see cref="BoundedText.Echo"/>).</param>
/// <param name="reason">The ErrorInfo reason.</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class ResourceNotFoundException(string message, string reason = ErrorReasons.NotFound, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, reason, metadata);
