using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace ContactSync.Testing.Http;

/// <summary>
/// Answers API requests in-process from a callback and records each one; request bodies are un-gzipped before the
/// callback sees them (the Google client gzips its writes).
/// </summary>
public sealed class StubHttpHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler
{
    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = null;
        var gzipped = false;
        if (request.Content is not null)
        {
            var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            gzipped = request.Content.Headers.ContentEncoding.Contains("gzip");
            body = gzipped ? await GunzipAsync(bytes, cancellationToken) : Encoding.UTF8.GetString(bytes);
        }

        request.Headers.TryGetValues("If-Modified-Since", out var ifModifiedSince);
        Requests.Enqueue(new StubRequest(
            request.Method, request.RequestUri!, body, gzipped, request.Headers.Authorization?.ToString(), ifModifiedSince?.FirstOrDefault()));
        var response = respond(request, body);
        response.RequestMessage = request;
        return response;
    }

    private static async Task<string> GunzipAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
