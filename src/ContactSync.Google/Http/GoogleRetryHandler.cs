using System.Net;
using ContactSync.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ContactSync.Google.Http;

/// <summary>
/// Sits under the library's ConfigurableMessageHandler: counts every HTTP attempt, and retries 429, 500, 502,
/// 503, 504 and dropped connections with exponential back-off and jitter, honouring Retry-After, bounded,
/// waiting through the injected TimeProvider.
/// </summary>
internal sealed class GoogleRetryHandler(HttpMessageHandler inner, GoogleClientOptions options, TimeProvider time, IApiCallObserver observer, ILogger logger)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = GoogleOperationName.Of(request);
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
                    if (attempt >= options.MaxRetries)
                    {
                        throw;
                    }

                    await WaitAsync(operation, 0, attempt, Backoff(attempt), cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            observer.OnCall("google", operation, (int)response.StatusCode);
            if (!IsRetryable(response.StatusCode) || attempt >= options.MaxRetries)
            {
                return response;
            }

            var delay = RetryAfter(response) ?? Backoff(attempt);
            var status = (int)response.StatusCode;
            response.Dispose();
            await WaitAsync(operation, status, attempt, delay, cancellationToken).ConfigureAwait(false);
        }
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
