using ContactSync.Http.Quotas;
using Polly;

namespace ContactSync.Http.Pacing;

/// <summary>The description of a call run through <see cref="ApiResilience.ExecuteAsync(HttpMethod, Uri, string, int, Func{CancellationToken, Task{HttpResponseMessage}}, CancellationToken)"/>, whose request is built per attempt.</summary>
internal static class QuotaRequestProperty
{
    public static readonly ResiliencePropertyKey<QuotaRequest> Key = new("ContactSync.Http.QuotaRequest");
}
