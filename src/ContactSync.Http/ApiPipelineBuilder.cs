using System.Net;
using ContactSync.Http.Pacing;
using Polly;
using Polly.Retry;

namespace ContactSync.Http;

/// <summary>
/// Builds the one retry pipeline of both API clients: retry (outermost) → quota pacing (when configured, see
/// <see cref="PacingStrategy"/>) → <see cref="AttemptStrategy"/> → per-attempt timeout, all on the injected TimeProvider. A repeatable call is retried after 429, 500, 502, 503, 504, no answer and a timed-out
/// attempt; a call that is not safe to repeat only after 429. The wait is exponential with jitter from
/// <see cref="ApiRetryOptions.BaseRetryDelay"/>, or the server's Retry-After, both capped at <see cref="ApiRetryOptions.MaxRetryDelay"/>.
/// No circuit breaker: it would refuse calls the services would have answered, which the clients never did.
/// </summary>
internal static class ApiPipelineBuilder
{
    public static ResiliencePipeline<HttpResponseMessage> Build(ApiResilience api, bool repeatable)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = api.Time };
        if (api.Options.MaxRetries > 0)
        {
            builder.AddRetry(Retry(api, repeatable));
        }

        if (api.Options.Pacing is { } pacing)
        {
            builder.AddStrategy(_ => new PacingStrategy(api, pacing), new PacingStrategyOptions());
        }

        return builder
            .AddStrategy(_ => new AttemptStrategy(api), new AttemptStrategyOptions())
            .AddTimeout(api.Options.RequestTimeout)
            .Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> Retry(ApiResilience api, bool repeatable) => new()
    {
        MaxRetryAttempts = api.Options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = api.Options.BaseRetryDelay,
        MaxDelay = api.Options.MaxRetryDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, repeatable, args.Context.CancellationToken)),
        DelayGenerator = args =>
        {
            var wait = RetryAfter.Get(args.Outcome.Result, api.Time);
            return ValueTask.FromResult(wait > api.Options.MaxRetryDelay ? api.Options.MaxRetryDelay : wait);
        },
        OnRetry = args =>
        {
            api.Observer.OnRetry(api.Service, args.RetryDelay);
            var status = args.Outcome.Result is { } response ? (int)response.StatusCode : 0;
            api.RetryLog(ApiOperation.Of(args.Context, api.OperationName), status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
            args.Outcome.Result?.Dispose();
            return default;
        },
    };

    /// <summary>429 always (the services refuse it before applying anything); the rest only when the call is safe to repeat.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool repeatable, CancellationToken callerToken)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode == HttpStatusCode.TooManyRequests || (repeatable && ApiFailures.IsRetryableStatus(response.StatusCode));
        }

        return repeatable && outcome.Exception is { } exception && ApiFailures.IsUnanswered(exception, callerToken);
    }
}
