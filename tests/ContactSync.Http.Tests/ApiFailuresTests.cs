using System.Net;

namespace ContactSync.Http.Tests;

public sealed class ApiFailuresTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void RetryableStatuses(int status, bool retryable) => Assert.Equal(retryable, ApiFailures.IsRetryableStatus((HttpStatusCode)status));

    [Fact]
    public void NoAnswer_IsUnanswered_UnlessTheCallerCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Exception[] noAnswer =
        [
            new HttpRequestException("The response ended prematurely."),
            new IOException("reset"),
            new TimeoutException(),
            new TaskCanceledException("HttpClient.Timeout", new TimeoutException()),
            new OperationCanceledException(),
        ];

        Assert.All(noAnswer, ex => Assert.True(ApiFailures.IsUnanswered(ex, CancellationToken.None)));
        Assert.All(noAnswer, ex => Assert.False(ApiFailures.IsUnanswered(ex, cancelled.Token)));
        Assert.False(ApiFailures.IsUnanswered(new InvalidOperationException(), CancellationToken.None));
    }
}
