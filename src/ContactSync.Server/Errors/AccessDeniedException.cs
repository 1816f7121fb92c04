namespace ContactSync.Server.Errors;

/// <summary>The caller's key may not do this (becomes <c>PermissionDenied</c>).</summary>
/// <param name="message">What is not allowed.</param>
/// <param name="reason">The ErrorInfo reason (<see cref="ErrorReasons.AccessDenied"/> unless a specific rule denied).</param>
/// <param name="metadata">ErrorInfo metadata.</param>
internal sealed class AccessDeniedException(string message, string reason = ErrorReasons.AccessDenied, IReadOnlyDictionary<string, string>? metadata = null)
    : ServiceException(message, reason, metadata);
