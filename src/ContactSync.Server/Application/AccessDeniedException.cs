namespace ContactSync.Server.Application;

/// <summary>The caller's key may not do this (becomes <c>PermissionDenied</c>).</summary>
/// <param name="message">What is not allowed.</param>
internal sealed class AccessDeniedException(string message) : Exception(message);
