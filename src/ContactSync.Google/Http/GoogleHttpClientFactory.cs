using ContactSync.Http;
using Google.Apis.Http;

namespace ContactSync.Google.Http;

/// <summary>
/// The library's HttpClientFactory with the shared retry pipeline (<see cref="ApiResilience.CreateHandler"/>) under its
/// ConfigurableMessageHandler, for API and token calls alike. The library's own back-off stays off
/// (<c>ExponentialBackOffPolicy.None</c> where the service and the credential are built), so only this pipeline retries.
/// </summary>
internal sealed class GoogleHttpClientFactory(ApiResilience resilience, Func<HttpMessageHandler>? primaryHandler = null) : HttpClientFactory
{
    protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) =>
        resilience.CreateHandler(primaryHandler?.Invoke() ?? base.CreateHandler(args));
}
