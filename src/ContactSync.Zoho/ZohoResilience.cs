using System.Net;
using ContactSync.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ContactSync.Zoho;

/// <summary>Builds the retry pipeline: 429, 5xx and transport failures; exponential back-off with jitter; Retry-After honoured; bounded.</summary>
internal static class ZohoResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Create(ZohoClientOptions options, TimeProvider time, IApiCallObserver observer, ILogger logger)
    {
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(0, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseRetryDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
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

        if (retry.MaxRetryAttempts == 0)
        {
            return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.Build();
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddRetry(retry).Build();
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or IOException
                || outcome.Exception is TaskCanceledException { InnerException: TimeoutException };
        }

        var status = outcome.Result?.StatusCode;
        return status is HttpStatusCode.TooManyRequests
            || status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
    }
}
