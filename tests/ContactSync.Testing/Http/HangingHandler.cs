namespace ContactSync.Testing.Http;

/// <summary>Never answers an API call: it waits until the attempt is cancelled (a timeout), counting the calls; tokens are answered.</summary>
public sealed class HangingHandler(Func<HttpRequestMessage, HttpResponseMessage?> token) : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token(request) is { } answer)
        {
            answer.RequestMessage = request;
            return answer;
        }

        Interlocked.Increment(ref _calls);
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
