using System.Collections.Concurrent;

namespace ContactSync.Http.Tests;

/// <summary>Answers each attempt from a script (attempt number from 1); records the bodies it was sent.</summary>
internal sealed class ScriptedHandler(Func<int, CancellationToken, Task<HttpResponseMessage>> script) : HttpMessageHandler
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public ConcurrentQueue<string?> Bodies { get; } = new();

    /// <summary>Never answers: waits until the attempt is cancelled (its timeout or the caller).</summary>
    public static async Task<HttpResponseMessage> Hang(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Bodies.Enqueue(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        var response = await script(Interlocked.Increment(ref _attempts), cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
