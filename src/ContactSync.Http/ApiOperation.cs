using Polly;

namespace ContactSync.Http;

/// <summary>The stable name of the call a pipeline runs, for the observer and the retry log.</summary>
internal static class ApiOperation
{
    /// <summary>Set by <see cref="ApiResilience.ExecuteAsync(HttpMethod, Uri, string, int, Func{CancellationToken, Task{HttpResponseMessage}}, CancellationToken)"/>; a call through <see cref="ApiResilience.CreateHandler"/> is named from its request.</summary>
    public static readonly ResiliencePropertyKey<string> Key = new("ContactSync.Http.Operation");

    public static string Of(ResilienceContext context, Func<HttpRequestMessage, string> nameOf)
    {
        if (context.Properties.TryGetValue(Key, out var operation))
        {
            return operation;
        }

        return context.GetRequestMessage() is { } request ? nameOf(request) : "request";
    }

    /// <summary>The default name: the effective method and the URL path.</summary>
    public static string Default(HttpRequestMessage request) => $"{IdempotencyRules.EffectiveMethod(request)} {request.RequestUri?.AbsolutePath}";
}
