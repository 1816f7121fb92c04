using System.Collections.Concurrent;

namespace ContactSync.Zoho.Tests;

internal sealed class StubHttpHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler
{
    public ConcurrentQueue<(HttpMethod Method, Uri Uri, string? Body, string? Auth, string? IfModifiedSince)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        request.Headers.TryGetValues("If-Modified-Since", out var ims);
        Requests.Enqueue((request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString(), ims?.FirstOrDefault()));
        var response = respond(request, body);
        response.RequestMessage = request;
        return response;
    }
}
