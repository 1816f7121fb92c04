using System.Net;
using ContactSync.Http.Quotas;
using Polly;

namespace ContactSync.Http.Pacing;

/// <summary>
/// Sits inside the retry and outside the attempt (so every attempt, retried ones too, pays; and waiting for quota is not the
/// attempt's time): waits for the call's units, sends, gives the concurrency slots back when the attempt has ended, and feeds
/// the response to the ledger. A 429 that still comes pauses and slows the blamed quota and the call waits and goes again
/// here — a pause, not a failure — up to <see cref="QuotaPacing.MaxRefusalsPerCall"/> times.
/// </summary>
internal sealed class PacingStrategy(ApiResilience api, QuotaPacing pacing) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        var token = context.CancellationToken;
        var request = context.GetRequestMessage();
        IReadOnlyList<QuotaCharge> charges;
        QuotaRequest? call;
        try
        {
            call = context.Properties.TryGetValue(QuotaRequestProperty.Key, out var described) ? described
                : request is not null ? await QuotaRequest.FromAsync(request, token).ConfigureAwait(context.ContinueOnCapturedContext)
                : null;
            charges = call is null ? [] : pacing.CostModel.ChargesOf(call);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }

        if (charges.Count == 0)
        {
            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }

        var plan = QuotaPlan.Of(request);
        for (var refusals = 0; ; refusals++)
        {
            var outcome = await AttemptAsync(callback, context, state, charges, plan, call is { Reads: false }).ConfigureAwait(context.ContinueOnCapturedContext);
            if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } refused || refusals >= pacing.MaxRefusalsPerCall
                || token.IsCancellationRequested)
            {
                return outcome;
            }

            refused.Dispose();
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state,
        IReadOnlyList<QuotaCharge> charges, string plan, bool writes)
    {
        var token = context.CancellationToken;
        QuotaPermit permit;
        try
        {
            permit = await pacing.Pacer.AcquireAsync(charges, plan, writes, token).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }

        if (token.IsCancellationRequested)
        {
            permit.Release(sent: false);
            return Outcome.FromException<HttpResponseMessage>(new OperationCanceledException(token));
        }

        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        finally
        {
            permit.Dispose();
        }

        if (outcome.Result is { } response)
        {
            try
            {
                var feedback = await pacing.CostModel.ReadFeedbackAsync(response, charges, token).ConfigureAwait(context.ContinueOnCapturedContext);
                await pacing.Pacer.ReportAsync(feedback, RetryAfter.Get(response, api.Time), token).ConfigureAwait(context.ContinueOnCapturedContext);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The caller gave up: the response is still theirs.
            }
        }

        return outcome;
    }
}
