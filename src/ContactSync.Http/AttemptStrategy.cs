using Polly;
using Polly.Timeout;

namespace ContactSync.Http;

/// <summary>
/// Sits between the retry and the per-attempt timeout: reports every HTTP attempt to the observer (status 0 when no answer
/// came; nothing when the caller cancelled), and turns Polly's <see cref="TimeoutRejectedException"/> into a
/// <see cref="TimeoutException"/> that names the call, so callers see one BCL type for a timed-out attempt.
/// </summary>
internal sealed class AttemptStrategy(ApiResilience api) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        var operation = ApiOperation.Of(context, api.OperationName);
        if (outcome.Exception is TimeoutRejectedException timedOut)
        {
            outcome = Outcome.FromException<HttpResponseMessage>(new TimeoutException(
                $"The {api.Service} call {operation} had no answer within {api.Options.RequestTimeout.TotalSeconds:0.###} s.", timedOut));
        }

        if (outcome.Exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            api.Observer.OnCall(api.Service, operation, outcome.Result is { } response ? (int)response.StatusCode : 0);
        }

        return outcome;
    }
}
