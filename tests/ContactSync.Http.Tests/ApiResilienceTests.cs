using System.Net;
using System.Net.Http.Headers;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests;

/// <summary>The shared pipeline run around a callback (how the Zoho client uses it), on a fake clock.</summary>
public sealed class ApiResilienceTests
{
    private static readonly Uri Contacts = new("http://zoho.test/crm/v8/Contacts");
    private static readonly Uri ContactsPage = new("http://zoho.test/crm/v8/Contacts?page=1");
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private static (ApiResilience Api, RecordingObserver Observed) Create(TimeProvider time, int maxRetries = 3, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null)
    {
        var observed = new RecordingObserver();
        var options = new TestRetryOptions
        {
            MaxRetries = maxRetries,
            BaseRetryDelay = baseDelay ?? TimeSpan.Zero,
            MaxRetryDelay = maxDelay ?? TimeSpan.FromSeconds(30),
            RequestTimeout = AttemptTimeout,
        };
        return (new ApiResilience("zoho", options, time, observed, observed.Log), observed);
    }

    private static Task<HttpResponseMessage> Send(ApiResilience api, HttpClient http, HttpMethod method, Uri uri, string operation,
        CancellationToken cancellationToken = default) =>
        api.ExecuteAsync(method, uri, operation, ct => http.SendAsync(new HttpRequestMessage(method, uri)
        {
            Content = method == HttpMethod.Get ? null : new StringContent("""{"data":[{"Last_Name":"A"}]}"""),
        }, ct), cancellationToken);

    [Fact]
    public async Task TooManyRequests_OnACreate_WaitsForRetryAfterOnTheClock_ThenSendsAgain()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock);
        var handler = new ScriptedHandler((n, _) => Task.FromResult(n == 1 ? Responses.TooMany(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5))) : Responses.Status(HttpStatusCode.OK)));
        using var http = new HttpClient(handler);

        var sending = Send(api, http, HttpMethod.Post, Contacts, "POST /crm/v8/Contacts");
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        Assert.Equal(1, handler.Attempts);
        clock.Advance(TimeSpan.FromTicks(1));
        using var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(5)], observed.Retries);
        Assert.Equal([429, 200], observed.Statuses);
        Assert.All(observed.Calls, c => Assert.Equal(("zoho", "POST /crm/v8/Contacts"), (c.Service, c.Operation)));
    }

    [Fact]
    public async Task RetryAfter_AsADate_IsTheWaitFromTheClocksNow()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock);
        var handler = new ScriptedHandler((n, _) => Task.FromResult(n == 1
            ? Responses.TooMany(new RetryConditionHeaderValue(clock.GetUtcNow() + TimeSpan.FromSeconds(7)))
            : Responses.Status(HttpStatusCode.OK)));
        using var http = new HttpClient(handler);

        var sending = Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts");
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        clock.Advance(TimeSpan.FromSeconds(7));
        using var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(7)], observed.Retries);
    }

    [Fact]
    public async Task RetryAfter_BeyondTheLongestWait_IsCappedAtIt()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock, maxDelay: TimeSpan.FromSeconds(30));
        var handler = new ScriptedHandler((n, _) => Task.FromResult(n == 1 ? Responses.TooMany(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10))) : Responses.Status(HttpStatusCode.OK)));
        using var http = new HttpClient(handler);

        var sending = Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts");
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(30));
        using var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(30)], observed.Retries);
    }

    [Fact]
    public async Task ServerError_OnACreate_IsSentOnceAndReturned()
    {
        var (api, observed) = Create(new WatchedClock());
        var handler = new ScriptedHandler((_, _) => Responses.Answer(HttpStatusCode.InternalServerError));
        using var http = new HttpClient(handler);

        using var response = await Send(api, http, HttpMethod.Post, Contacts, "POST /crm/v8/Contacts");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, handler.Attempts);
        Assert.Equal([500], observed.Statuses);
        Assert.Empty(observed.Retries);
    }

    [Fact]
    public async Task DroppedConnection_OnACreate_IsSentOnceAndThrown()
    {
        var (api, observed) = Create(new WatchedClock());
        var handler = new ScriptedHandler((_, _) => throw new HttpRequestException("The response ended prematurely."));
        using var http = new HttpClient(handler);

        await Assert.ThrowsAsync<HttpRequestException>(() => Send(api, http, HttpMethod.Post, Contacts, "POST /crm/v8/Contacts"));

        Assert.Equal(1, handler.Attempts);
        Assert.Equal([0], observed.Statuses);
        Assert.Empty(observed.Retries);
    }

    [Fact]
    public async Task ServerErrors_OnARead_AreRetriedWithBoundedExponentialBackoffOnTheClock()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock, maxRetries: 3, baseDelay: TimeSpan.FromSeconds(1), maxDelay: TimeSpan.FromSeconds(3));
        var handler = new ScriptedHandler((_, _) => Responses.Answer(HttpStatusCode.ServiceUnavailable));
        using var http = new HttpClient(handler);

        var sending = Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts");
        for (var retry = 1; retry <= 3; retry++)
        {
            await Poll.UntilAsync(() => observed.Retries.Count >= retry);
            var delay = observed.Retries.ElementAt(retry - 1);
            await clock.WaitForTimerAsync(delay, observed.Retries.Take(retry).Count(d => WatchedClock.SameMillisecond(d, delay)));
            clock.Advance(delay);
        }

        using var response = await sending;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(4, handler.Attempts);
        Assert.Equal([503, 503, 503, 503], observed.Statuses);
        Assert.All(observed.Retries, d => Assert.InRange(d, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(3)));
        Assert.Equal([1, 2, 3], observed.Logged.Select(l => l.Attempt));
        Assert.All(observed.Logged, l => Assert.Equal(("GET /crm/v8/Contacts", 503), (l.Operation, l.Status)));
    }

    [Fact]
    public async Task TimedOutAttempt_OnARead_CountsAsAnAttemptAndIsRetried()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock);
        var handler = new ScriptedHandler((n, ct) => n == 1 ? ScriptedHandler.Hang(ct) : Responses.Answer(HttpStatusCode.OK));
        using var http = new HttpClient(handler);

        var sending = Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts");
        await Poll.UntilAsync(() => handler.Attempts == 1);
        await clock.WaitForTimerAsync(AttemptTimeout);
        clock.Advance(AttemptTimeout);
        using var response = await sending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Attempts);
        Assert.Equal([0, 200], observed.Statuses);
        Assert.Equal(0, Assert.Single(observed.Logged).Status);
    }

    [Fact]
    public async Task TimedOutAttempt_OnADelete_IsNotRepeatedAndThrowsATimeoutExceptionNamingTheCall()
    {
        var clock = new WatchedClock();
        var (api, observed) = Create(clock);
        var handler = new ScriptedHandler((_, ct) => ScriptedHandler.Hang(ct));
        using var http = new HttpClient(handler);

        var deleting = Send(api, http, HttpMethod.Delete, new Uri("http://zoho.test/crm/v8/Contacts?ids=7"), "DELETE /crm/v8/Contacts");
        await Poll.UntilAsync(() => handler.Attempts == 1);
        await clock.WaitForTimerAsync(AttemptTimeout);
        clock.Advance(AttemptTimeout);
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => deleting);

        Assert.Contains("DELETE /crm/v8/Contacts", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Attempts);
        Assert.Equal([0], observed.Statuses);
        Assert.Empty(observed.Retries);
    }

    [Fact]
    public async Task CallerCancellation_IsNeitherRetriedNorCounted()
    {
        var (api, observed) = Create(new WatchedClock());
        var handler = new ScriptedHandler((_, ct) => ScriptedHandler.Hang(ct));
        using var http = new HttpClient(handler);
        using var caller = new CancellationTokenSource();

        var reading = Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts", caller.Token);
        await Poll.UntilAsync(() => handler.Attempts == 1);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(1, handler.Attempts);
        Assert.Empty(observed.Calls);
        Assert.Empty(observed.Retries);
    }

    [Fact]
    public async Task NoRetriesConfigured_EvenA429IsSentOnce()
    {
        var (api, observed) = Create(new WatchedClock(), maxRetries: 0);
        var handler = new ScriptedHandler((_, _) => Task.FromResult(Responses.TooMany()));
        using var http = new HttpClient(handler);

        using var response = await Send(api, http, HttpMethod.Get, ContactsPage, "GET /crm/v8/Contacts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, handler.Attempts);
        Assert.Equal([429], observed.Statuses);
    }

    [Fact]
    public async Task AnUpdate_IsRetriedAfterAServerError()
    {
        var (api, observed) = Create(new WatchedClock());
        var handler = new ScriptedHandler((n, _) => Responses.Answer(n == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.OK));
        using var http = new HttpClient(handler);

        using var response = await Send(api, http, HttpMethod.Put, Contacts, "PUT /crm/v8/Contacts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([502, 200], observed.Statuses);
    }
}
