using ContactSync.Core.Diagnostics;
using Google.Apis.Http;
using Microsoft.Extensions.Logging;

namespace ContactSync.Google.Http;

/// <summary>The library's HttpClientFactory with <see cref="GoogleRetryHandler"/> under its message handler (API and token calls alike).</summary>
internal sealed class GoogleHttpClientFactory(GoogleClientOptions options, TimeProvider time, IApiCallObserver observer, ILogger logger,
    Func<HttpMessageHandler>? primaryHandler = null) : HttpClientFactory
{
    protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) =>
        new GoogleRetryHandler(primaryHandler?.Invoke() ?? base.CreateHandler(args), options, time, observer, logger);
}
