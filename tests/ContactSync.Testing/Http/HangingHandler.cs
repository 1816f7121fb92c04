using ContactSync.Testing.Time;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Testing.Http;

/// <summary>Never answers an API call: it waits until the attempt is cancelled (a timeout), counting the calls; tokens are answered.</summary>
public sealed class HangingHandler(Func<HttpRequestMessage, HttpResponseMessage?> token) : HttpMessageHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>
    /// Waits until <paramref name="call"/> is hanging in an attempt, moves the fake clock past the client's attempt
    /// timeout and returns what the call threw.
    /// </summary>
    public async Task<TException> TimeOutAsync<TException>(FakeTimeProvider time, TimeSpan requestTimeout, Task call)
        where TException : Exception
    {
        await Poll.UntilAsync(() => Calls > 0);
        time.Advance(requestTimeout);
        return await Assert.ThrowsAsync<TException>(() => call);
    }

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
