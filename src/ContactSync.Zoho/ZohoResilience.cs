using System.Net;
using ContactSync.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ContactSync.Zoho;

/// <summary>
/// Builds the retry pipeline: 429, 5xx, transport failures and timed-out attempts; exponential back-off with jitter;
/// Retry-After honoured; bounded; each attempt limited to <see cref="ZohoClientOptions.RequestTimeout"/>. A pipeline for calls
/// that are not safe to repeat (repeatable false: inserts, upserts, deletes) retries only 429, which Zoho answers
/// before applying anything; their other failures leave the outcome unknown to the caller.
/// </summary>
internal static class ZohoResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Create(ZohoClientOptions options, TimeProvider time, IApiCallObserver observer, ILogger logger,
        bool repeatable = true)
    {
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(0, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseRetryDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(repeatable ? IsTransient(args.Outcome) : args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
            DelayGenerator = args =>
            {
                var retryAfter = ZohoRetryAfter.Get(args.Outcome.Result, time);
                TimeSpan? delay = retryAfter is { } wait ? (wait > options.MaxRetryDelay ? options.MaxRetryDelay : wait) : null;
                return ValueTask.FromResult(delay);
            },
            OnRetry = args =>
            {
                observer.OnRetry("zoho", args.RetryDelay);
                var response = args.Outcome.Result;
                var operation = response?.RequestMessage is { } request ? $"{request.Method} {request.RequestUri?.AbsolutePath}" : "request";
                ZohoLog.Retrying(logger, operation, (int?)response?.StatusCode ?? 0, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                response?.Dispose();
                return default;
            },
        };

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(retry);
        }

        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or IOException or TimeoutRejectedException
                || outcome.Exception is TaskCanceledException { InnerException: TimeoutException };
        }

        var status = outcome.Result?.StatusCode;
        return status is HttpStatusCode.TooManyRequests
            || status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
    }
}
