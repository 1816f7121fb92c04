namespace ContactSync.Server.Errors;

/// <summary>
/// A refusal the service explains: the message for people, and the <c>google.rpc.ErrorInfo</c> reason and metadata
/// for programs (see <see cref="ErrorReasons"/>). The subclass decides the status code.
/// </summary>
/// <param name="message">What happened and what to do, for people.</param>
/// <param name="reason">The stable reason.</param>
/// <param name="metadata">Values a program may use (ids, names of missing permissions); never a secret.</param>
internal abstract class ServiceException(string message, string reason, IReadOnlyDictionary<string, string>? metadata) : Exception(message)
{
    /// <summary>The stable ErrorInfo reason.</summary>
    public string Reason { get; } = reason;

    /// <summary>The ErrorInfo metadata.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}
