namespace ContactSync.Server.Errors;

/// <summary>The system is not in a state that allows the request (becomes <c>FailedPrecondition</c>).</summary>
/// <param name="message">Why not.</param>
/// <param name="reason">The ErrorInfo reason.</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class PreconditionFailedException(string message, string reason = ErrorReasons.FailedPrecondition, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, reason, metadata);
