namespace ContactSync.Server.Application;

/// <summary>A requested resource does not exist (becomes <c>NotFound</c>).</summary>
/// <param name="message">What was not found.</param>
internal sealed class ResourceNotFoundException(string message) : Exception(message);
