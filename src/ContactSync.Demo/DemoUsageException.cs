namespace ContactSync.Demo;

/// <summary>A command line the demo cannot run with; the message is one line that says what to change.</summary>
/// <param name="message">What is wrong.</param>
internal sealed class DemoUsageException(string message) : Exception(message);
