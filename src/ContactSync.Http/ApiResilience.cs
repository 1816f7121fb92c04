using ContactSync.Core.Diagnostics;
using ContactSync.Http.Pacing;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ContactSync.Http;

/// <summary>
/// The retry pipelines of one API client (one per observer): a call is run by the pipeline its request earns under
/// <see cref="IdempotencyRules"/> — retried after 429, 5xx, no answer and timed-out attempts when it is safe to repeat,
/// only after 429 otherwise — and every attempt is reported to the observer. Used either around a callback that sends
/// one attempt (<see cref="ExecuteAsync(HttpMethod, Uri, string, int, Func{CancellationToken, Task{HttpResponseMessage}}, CancellationToken)"/>, the Zoho client) or as a message handler under a library's own handler
/// (<see cref="CreateHandler"/>, the Google client).
/// </summary>
public sealed class ApiResilience
{
    private readonly ResiliencePipeline<HttpResponseMessage> _repeatable;
    private readonly ResiliencePipeline<HttpResponseMessage> _onceUnlessRefused;

    /// <summary>Creates the pipelines.</summary>
    /// <param name="service">The observer's service name, "zoho" or "google".</param>
    /// <param name="options">Retries, back-off and the per-attempt timeout; read now.</param>
    /// <param name="time">The clock of back-off waits and timeouts.</param>
    /// <param name="observer">Told of every attempt and every retry.</param>
    /// <param name="retryLog">Logs a retry with the client's own message.</param>
    /// <param name="operationName">Names a call sent through <see cref="CreateHandler"/> (default: method and URL path).</param>
    public ApiResilience(string service, ApiRetryOptions options, TimeProvider time, IApiCallObserver observer, ApiRetryLog retryLog,
        Func<HttpRequestMessage, string>? operationName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(retryLog);
        Service = service;
        Options = ApiRetrySettings.From(options);
        Time = time;
        Observer = observer;
        RetryLog = retryLog;
        OperationName = operationName ?? ApiOperation.Default;
        _repeatable = ApiPipelineBuilder.Build(this, repeatable: true);
        _onceUnlessRefused = ApiPipelineBuilder.Build(this, repeatable: false);
    }

    internal string Service { get; }

    internal ApiRetrySettings Options { get; }

    internal TimeProvider Time { get; }

    internal IApiCallObserver Observer { get; }

    internal ApiRetryLog RetryLog { get; }

    internal Func<HttpRequestMessage, string> OperationName { get; }

    /// <summary>The pipeline of a call with <paramref name="method"/> to <paramref name="path"/> (see <see cref="IdempotencyRules"/>).</summary>
    public ResiliencePipeline<HttpResponseMessage> PipelineFor(string method, string path) =>
        IdempotencyRules.IsSafeToRepeat(method, path) ? _repeatable : _onceUnlessRefused;

    /// <summary>The pipeline of <paramref name="request"/>.</summary>
    public ResiliencePipeline<HttpResponseMessage> PipelineFor(HttpRequestMessage request) =>
        IdempotencyRules.IsSafeToRepeat(request) ? _repeatable : _onceUnlessRefused;

    /// <summary>
    /// Runs one call: <paramref name="sendAttempt"/> sends one attempt (a new request each time) with the attempt's token.
    /// Returns the last response (a refused or failed one too, once retries are spent or not allowed); throws the last
    /// attempt's exception, a timed-out attempt as <see cref="TimeoutException"/>.
    /// </summary>
    public Task<HttpResponseMessage> ExecuteAsync(HttpMethod method, Uri uri, string operation,
        Func<CancellationToken, Task<HttpResponseMessage>> sendAttempt, CancellationToken cancellationToken) =>
        ExecuteAsync(method, uri, operation, 0, sendAttempt, cancellationToken);

    /// <summary>
    /// Runs one call whose body carries <paramref name="records"/> records (what quota pacing charges for a write; see
    /// <see cref="Quotas.QuotaRequest.Records"/>), like <see cref="ExecuteAsync(HttpMethod, Uri, string, Func{CancellationToken, Task{HttpResponseMessage}}, CancellationToken)"/>.
    /// </summary>
    public async Task<HttpResponseMessage> ExecuteAsync(HttpMethod method, Uri uri, string operation, int records,
        Func<CancellationToken, Task<HttpResponseMessage>> sendAttempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(sendAttempt);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ApiOperation.Key, operation);
        context.Properties.Set(QuotaRequestProperty.Key, new Quotas.QuotaRequest(method.Method, uri.AbsolutePath, uri.Query, records));
        try
        {
            return await PipelineFor(method.Method, uri.AbsolutePath).ExecuteAsync(
                static async (ctx, send) => await send(ctx.CancellationToken).ConfigureAwait(false), context, sendAttempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// A message handler that runs each request through its pipeline (Microsoft.Extensions.Http.Resilience's
    /// <see cref="ResilienceHandler"/>), sending the same request message again on a retry; <paramref name="inner"/> sends it.
    /// </summary>
    public DelegatingHandler CreateHandler(HttpMessageHandler inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new ResilienceHandler(PipelineFor) { InnerHandler = inner };
    }
}
