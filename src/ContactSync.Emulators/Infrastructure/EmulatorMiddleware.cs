using System.Globalization;
using ContactSync.Emulators.Google;
using ContactSync.Emulators.Zoho;
using Microsoft.AspNetCore.Http.Extensions;

namespace ContactSync.Emulators.Infrastructure;

/// <summary>X-HTTP-Method-Override, call counting, fault injection and optional request logging.</summary>
internal sealed class EmulatorMiddleware(RequestDelegate next, CallLog calls, FaultInjector faults, ILogger<EmulatorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var ct = ctx.RequestAborted;
        var request = ctx.Request;
        if (HttpMethods.IsPost(request.Method) && request.Headers["X-HTTP-Method-Override"].ToString() is { Length: > 0 } overrideMethod)
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
        if (!isTokenEndpoint)
        {
            var (latency, fault) = faults.Decide(service);
            if (latency > 0)
            {
                // Real time on purpose: a fake test clock must not stall requests.
                await Task.Delay(TimeSpan.FromMilliseconds(latency), ct);
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
