using System.Net;

namespace ContactSync.Http;

/// <summary>Which failures of an API call are worth another attempt, and which leave its outcome unknown.</summary>
public static class ApiFailures
{
    /// <summary>The statuses retried: 429 (nothing was applied) and 500, 502, 503, 504 (the service may have applied the call).</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// True for a call that got no answer: a dropped connection (<see cref="HttpRequestException"/>, <see cref="IOException"/>), a
    /// timed-out attempt (<see cref="TimeoutException"/>, HttpClient's own timeout) or any cancellation the caller did not ask for.
    /// The service may have applied such a call. False when <paramref name="callerToken"/> was cancelled.
    /// </summary>
    public static bool IsUnanswered(Exception exception, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (callerToken.IsCancellationRequested)
        {
            return false;
        }

        return exception is HttpRequestException or IOException or TimeoutException or Polly.Timeout.TimeoutRejectedException or OperationCanceledException;
    }
}
