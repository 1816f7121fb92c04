namespace ContactSync.Server.Errors;

/// <summary>
/// Bounds of every error status, so that default clients can read them (grpcio refuses trailers over 8 KB; grpc-message
/// is percent-encoded, so one non-ASCII character takes up to 9 bytes there).
/// </summary>
internal static class StatusLimits
{
    /// <summary>The longest grpc-message, in bytes as sent (percent-encoded UTF-8).</summary>
    public const int MaxMessageBytes = 1024;

    /// <summary>The most field violations listed; the last one then says how many more there are.</summary>
    public const int MaxViolations = 50;

    /// <summary>The most bytes of all details together (BadRequest, ErrorInfo, RetryInfo) before base64.</summary>
    public const int MaxDetailsBytes = 4096;

    /// <summary>The longest violation description or metadata value, in text elements.</summary>
    public const int MaxDescription = 300;

    /// <summary>The longest violation field path, in text elements.</summary>
    public const int MaxField = 120;

    /// <summary>The longest piece of input quoted back in a message.</summary>
    public const int MaxEcho = 64;
}
