namespace ContactSync.Server.Application;

/// <summary>The system is not in a state that allows the request (becomes <c>FailedPrecondition</c>).</summary>
/// <param name="message">Why not.</param>
internal sealed class PreconditionFailedException(string message) : Exception(message);
