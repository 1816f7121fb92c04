using System.Net;
using ContactSync.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ContactSync.Google.Http;

/// <summary>
/// Sits under the library's ConfigurableMessageHandler: counts every HTTP attempt, and retries 429, 500, 502,
/// 503, 504, dropped connections and timed-out attempts with exponential back-off and jitter, honouring Retry-After,
/// bounded, waiting through the injected TimeProvider. Calls that are not safe to repeat (creates, etag-checked updates,
/// deletes: see <see cref="IsSafeToRepeat"/>) are retried only after 429, which Google answers before applying anything;
/// any other failure of theirs is returned to the caller, whose outcome is then unknown.
/// </summary>
internal sealed class GoogleRetryHandler(HttpMessageHandler inner, GoogleClientOptions options, TimeProvider time, IApiCallObserver observer, ILogger logger)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = GoogleOperationName.Of(request);
        var repeatable = IsSafeToRepeat(request);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            using (var attemptCts = new CancellationTokenSource(options.RequestTimeout, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptCts.Token))
            {
                try
                {
                    response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested &&
                    (ex is HttpRequestException or IOException || (ex is OperationCanceledException && attemptCts.IsCancellationRequested)))
                {
                    observer.OnCall("google", operation, 0);
                    if (attempt >= options.MaxRetries || !repeatable)
                    {
                        throw;
                    }

                    await WaitAsync(operation, 0, attempt, Backoff(attempt), cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            observer.OnCall("google", operation, (int)response.StatusCode);
            if (!IsRetryable(response.StatusCode) || attempt >= options.MaxRetries || (!repeatable && response.StatusCode != HttpStatusCode.TooManyRequests))
            {
                return response;
            }

            var delay = RetryAfter(response) ?? Backoff(attempt);
            var status = (int)response.StatusCode;
            response.Dispose();
            await WaitAsync(operation, status, attempt, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// True for calls that may be sent again after a failure that does not say whether they were applied, because a repeat
    /// changes nothing more: reads (GET, also as POST with X-HTTP-Method-Override), token requests, and members:modify
    /// (adding or removing a member twice leaves the same group). Creates, etag-checked updates and deletes are not.
    /// </summary>
    internal static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        var method = request.Headers.TryGetValues("X-HTTP-Method-Override", out var values) ? values.First() : request.Method.Method;
        if (string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        return !path.Contains("/v1/", StringComparison.Ordinal) || path.EndsWith("/members:modify", StringComparison.Ordinal);
    }

    internal static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    internal TimeSpan Backoff(int attempt)
    {
        var exponential = options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20));
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : (wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait);
    }

    private async Task WaitAsync(string operation, int status, int attempt, TimeSpan delay, CancellationToken cancellationToken)
    {
        observer.OnRetry("google", delay);
        GoogleLog.Retrying(logger, operation, status, attempt + 1, delay.TotalMilliseconds);
        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
    }
}
