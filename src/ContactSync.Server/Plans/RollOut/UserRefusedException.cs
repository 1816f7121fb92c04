namespace ContactSync.Server.Plans.RollOut;

/// <summary>Why a roll-out makes no plan for one user (it becomes that user's failed result, never a status).</summary>
/// <param name="reason">The stable reason.</param>
/// <param name="message">What went wrong.</param>
/// <param name="metadata">Details a program may use.</param>
internal sealed class UserRefusedException(string reason, string message, IReadOnlyDictionary<string, string> metadata) : Exception(message)
{
    /// <summary>The stable reason.</summary>
    public string Reason { get; } = reason;

    /// <summary>Details a program may use.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;
}
