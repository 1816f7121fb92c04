using Grpc.Core;

namespace ContactSync.Server.Errors;

/// <summary>Log messages of failed requests (event ids 1900–1999).</summary>
internal static partial class ErrorLog
{
    [LoggerMessage(EventId = 1900, EventName = "RequestFailed", Level = LogLevel.Information,
        Message = "{Method} answered {StatusCode}: {Detail}")]
    public static partial void RequestFailed(ILogger logger, string method, StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 1901, EventName = "UnexpectedFailure", Level = LogLevel.Error,
        Message = "{Method} failed unexpectedly; answered INTERNAL")]
    public static partial void UnexpectedFailure(ILogger logger, string method, Exception exception);
}
