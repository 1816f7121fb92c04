namespace ContactSync.Google;

/// <summary>The sync token is expired (400 EXPIRED_SYNC_TOKEN, or 410): redo a full sync without it.</summary>
public sealed class GoogleSyncTokenExpiredException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoogleSyncTokenExpiredException(string message, int httpStatus, Exception? inner = null)
        : base(message, inner) => HttpStatus = httpStatus;

    /// <summary>The HTTP status (400 or 410).</summary>
    public int HttpStatus { get; }
}
