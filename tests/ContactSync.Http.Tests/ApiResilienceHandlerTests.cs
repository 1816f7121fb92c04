using System.Net;
using System.Net.Http.Headers;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests;

/// <summary>The shared pipeline as a message handler under a library's own handler (how the Google client uses it).</summary>
public sealed class ApiResilienceHandlerTests
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private static (HttpClient Http, RecordingObserver Observed) Create(TimeProvider time, ScriptedHandler handler)
    {
        var observed = new RecordingObserver();
        var options = new TestRetryOptions { MaxRetries = 3, BaseRetryDelay = TimeSpan.Zero, RequestTimeout = AttemptTimeout };
        var api = new ApiResilience("google", options, time, observed, observed.Log, request => "named " + request.RequestUri!.AbsolutePath);
        return (new HttpClient(api.CreateHandler(handler)), observed);
    }

    private static HttpRequestMessage Post(string path) =>
        new(HttpMethod.Post, "http://google.test" + path) { Content = new StringContent("""{"contacts":[{"contactPerson":{}}]}""") };

    [Fact]
    public async Task ARead_IsRetriedAfterAServerError_AndNamedByTheClientsOperationName()
    {
        var handler = new ScriptedHandler((n, _) => Responses.Answer(n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        var (http, observed) = Create(new WatchedClock(), handler);
        using var _ = http;

        using var response = await http.GetAsync(new Uri("http://google.test/v1/people/me/connections?pageSize=1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([503, 200], observed.Statuses);
        Assert.All(observed.Calls, c => Assert.Equal(("google", "named /v1/people/me/connections"), (c.Service, c.Operation)));
    }

    [Fact]
    public async Task ABatchCreate_IsSentAgainAfter429_WithTheSameBody()
    {
        var handler = new ScriptedHandler((n, _) => Task.FromResult(n == 1 ? Responses.TooMany(new RetryConditionHeaderValue(TimeSpan.Zero)) : Responses.Status(HttpStatusCode.OK)));
        var (http, observed) = Create(new WatchedClock(), handler);
        using var _ = http;

        using var response = await http.SendAsync(Post("/v1/people:batchCreateContacts"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 200], observed.Statuses);
        Assert.Equal(2, handler.Bodies.Count);
        Assert.Single(handler.Bodies.Distinct());
    }

    [Fact]
    public async Task ABatchCreate_ServerErrorIsReturnedAfterOneAttempt()
    {
        var handler = new ScriptedHandler((_, _) => Responses.Answer(HttpStatusCode.InternalServerError));
        var (http, observed) = Create(new WatchedClock(), handler);
        using var _ = http;

        using var response = await http.SendAsync(Post("/v1/people:batchCreateContacts"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, handler.Attempts);
        Assert.Empty(observed.Retries);
    }

    [Fact]
    public async Task MembersModify_IsRetriedAfterADroppedConnection()
    {
        var handler = new ScriptedHandler((n, _) => n == 1 ? throw new HttpRequestException("reset") : Responses.Answer(HttpStatusCode.OK));
        var (http, observed) = Create(new WatchedClock(), handler);
        using var _ = http;

        using var response = await http.SendAsync(Post("/v1/contactGroups/g1/members:modify"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0, 200], observed.Statuses);
    }

    [Fact]
    public async Task ATimedOutBatchDelete_IsNotRepeatedAndThrowsATimeoutException()
    {
        var clock = new WatchedClock();
        var handler = new ScriptedHandler((_, ct) => ScriptedHandler.Hang(ct));
        var (http, observed) = Create(clock, handler);
        using var _ = http;

        var deleting = http.SendAsync(Post("/v1/people:batchDeleteContacts"));
        await Poll.UntilAsync(() => handler.Attempts == 1);
        await clock.WaitForTimerAsync(AttemptTimeout);
        clock.Advance(AttemptTimeout);

        await Assert.ThrowsAsync<TimeoutException>(() => deleting);
        Assert.Equal(1, handler.Attempts);
        Assert.Equal([0], observed.Statuses);
    }
}
