using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace ContactSync.Google.Tests;

/// <summary>Answers requests in-process; request bodies are un-gzipped before the callback sees them.</summary>
internal sealed class StubHttpHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler
{
    public ConcurrentQueue<(HttpMethod Method, Uri Uri, string? Body, bool Gzipped)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = null;
        var gzipped = false;
        if (request.Content is not null)
        {
            var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            gzipped = request.Content.Headers.ContentEncoding.Contains("gzip");
            if (gzipped)
            {
                using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var reader = new StreamReader(gz, Encoding.UTF8);
                body = await reader.ReadToEndAsync(cancellationToken);
            }
            else
            {
                body = Encoding.UTF8.GetString(bytes);
            }
        }

        Requests.Enqueue((request.Method, request.RequestUri!, body, gzipped));
        var response = respond(request, body);
        response.RequestMessage = request;
        return response;
    }
}
