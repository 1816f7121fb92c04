using System.Globalization;
using ContactSync.Emulators.Google;
using ContactSync.Emulators.Zoho;
using Microsoft.AspNetCore.Http.Extensions;

namespace ContactSync.Emulators.Infrastructure;

/// <summary>X-HTTP-Method-Override, call counting, fault injection, optional request-body recording and request logging.</summary>
internal sealed class EmulatorMiddleware(RequestDelegate next, CallLog calls, FaultInjector faults, IHostApplicationLifetime lifetime, ILogger<EmulatorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var ct = ctx.RequestAborted;
        var request = ctx.Request;
        if (HttpMethods.IsPost(request.Method) && request.Headers["X-HTTP-Method-Override"].ToString() is { Length: > 0 } overrideMethod)
        {
            await ApplyMethodOverrideAsync(request, overrideMethod, ct);
        }

        var path = request.Path.Value ?? "/";
        var key = CallLog.KeyFor(request.Method, path);
        if (key is null)
        {
            await next(ctx);
            return;
        }

        calls.Record(key);
        EmulatorLog.Request(logger, key);
        var service = key.StartsWith("zoho", StringComparison.Ordinal) ? "zoho" : "google";
        var isTokenEndpoint = path is "/token" or "/oauth/v2/token";
        var isWrite = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        if (isWrite && !isTokenEndpoint && calls.RecordBodies)
        {
            await RecordBodyAsync(ctx, key, ct);
        }

        if (!isTokenEndpoint)
        {
            var (latency, fault) = faults.Decide(service, key[(service.Length + 1)..], isWrite);
            if (latency > 0)
            {
                // Real time on purpose: a fake test clock must not stall requests.
                await Task.Delay(TimeSpan.FromMilliseconds(latency), ct);
            }

            if (fault is { AppliesThenFails: true })
            {
                EmulatorLog.Fault(logger, fault.Kind, key);
                await ApplyThenFailAsync(ctx, service, fault, ct);
                return;
            }

            if (fault is not null)
            {
                EmulatorLog.Fault(logger, fault.Kind, key);
                await ApplyAsync(ctx, service, fault, ct);
                return;
            }
        }

        await next(ctx);
    }

    private static async Task ApplyMethodOverrideAsync(HttpRequest request, string overrideMethod, CancellationToken ct)
    {
        // Google's .NET library turns long GETs into POST + X-HTTP-Method-Override with the query in a form body.
        var query = new QueryBuilder(request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var f in form)
            {
                foreach (var v in f.Value)
                {
                    query.Add(f.Key, v ?? string.Empty);
                }
            }
        }

        request.Method = overrideMethod.ToUpperInvariant();
        request.QueryString = query.ToQueryString();
        request.Body = Stream.Null;
        request.ContentLength = 0;
        request.ContentType = null;
    }

    private async Task RecordBodyAsync(HttpContext ctx, string key, CancellationToken cancellationToken)
    {
        ctx.Request.EnableBuffering();
        using var reader = new StreamReader(ctx.Request.Body, leaveOpen: true);
        calls.RecordBody(key, await reader.ReadToEndAsync(cancellationToken));
        ctx.Request.Body.Position = 0;
    }

    /// <summary>
    /// Serves the request normally (the write is applied) into a buffer that is thrown away, then answers 500, drops the
    /// connection, or sends nothing until the client gives up. The client sees a failure although the write happened: the
    /// ambiguous outcome a real service produces when it fails after committing (or a proxy times out in between).
    /// </summary>
    private async Task ApplyThenFailAsync(HttpContext ctx, string service, FaultRule fault, CancellationToken cancellationToken)
    {
        var original = ctx.Response.Body;
        using (var discarded = new MemoryStream())
        {
            ctx.Response.Body = discarded;
            try
            {
                await next(ctx);
            }
            finally
            {
                ctx.Response.Body = original;
            }
        }

        switch (fault.Kind)
        {
            case FaultKind.AppliedThenInternalError:
                ctx.Response.Clear();
                await ApplyAsync(ctx, service, fault with { Kind = FaultKind.InternalError }, cancellationToken);
                return;
            case FaultKind.AppliedThenDrop:
                ctx.Abort();
                return;
            default:
                // No answer until the client aborts (or the emulator stops): the client's own timeout decides.
                using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping))
                {
                    try
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, waiting.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up.
                    }
                }

                ctx.Abort();
                return;
        }
    }

    private static async Task ApplyAsync(HttpContext ctx, string service, FaultRule fault, CancellationToken cancellationToken)
    {
        var zoho = service == "zoho";
        switch (fault.Kind)
        {
            case FaultKind.Drop:
                ctx.Abort();
                return;
            case FaultKind.TooManyRequests:
                ctx.Response.Headers.RetryAfter = Math.Max(0, fault.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
                await Json.WriteAsync(ctx, 429, zoho
                    ? ZohoErrors.Error("TOO_MANY_REQUESTS", "Number of API requests for the 24 hour period is exceeded or the concurrency limit of the user for the app is exceeded")
                    : GoogleErrors.Error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).", "RATE_LIMIT_EXCEEDED"), cancellationToken);
                return;
            case FaultKind.ServiceUnavailable:
                await Json.WriteAsync(ctx, 503, zoho
                    ? ZohoErrors.Error("INTERNAL_ERROR", "Service is temporarily unavailable")
                    : GoogleErrors.Error(503, "UNAVAILABLE", "The service is currently unavailable."), cancellationToken);
                return;
            default:
                await Json.WriteAsync(ctx, 500, zoho
                    ? ZohoErrors.Error("INTERNAL_ERROR", "Internal Server Error")
                    : GoogleErrors.Error(500, "INTERNAL", "Internal error encountered."), cancellationToken);
                return;
        }
    }
}
