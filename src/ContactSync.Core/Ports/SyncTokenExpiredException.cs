namespace ContactSync.Core.Ports;

/// <summary>Thrown by <see cref="IGoogleContacts.ReadAsync"/> when Google refuses an expired sync token.</summary>
public sealed class SyncTokenExpiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncTokenExpiredException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
