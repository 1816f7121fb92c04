using System.Net;
using System.Text;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>The pacing step in the one retry pipeline: every attempt pays, a 429 is a pause, feedback reaches the ledger.</summary>
public sealed class PacedPipelineTests
{
    private const string Account = "alex@example.com";

    private static readonly QuotaSettings Settings = Q.Exact with { Google = GoogleQuotaSettings.ReportedDefaults };

    private static string GoogleQuota429(string limit) =>
        $$$"""{"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"Quota exceeded","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"RATE_LIMIT_EXCEEDED","metadata":{"quota_limit":"{{{limit}}}"}}]}}""";

    private static HttpResponseMessage Answer(HttpStatusCode status, string body = "{}") => new(status) { Content = new StringContent(body) };

    private static (HttpClient Http, RecordingObserver Observed, InProcessQuotaLedger Ledger, QuotaPacer Pacer) Google(WatchedClock clock, ScriptedHandler handler,
        int maxRetries, bool paced = true)
    {
        var observed = new RecordingObserver();
        var ledger = new InProcessQuotaLedger(Settings, clock);
        var pacer = new QuotaPacer(ledger, clock);
        var options = new TestRetryOptions
        {
            MaxRetries = maxRetries,
            BaseRetryDelay = TimeSpan.Zero,
            RequestTimeout = TimeSpan.FromSeconds(10),
            Pacing = paced ? new QuotaPacing(pacer, new GoogleQuotaCostModel(Settings, Account)) : null,
        };
        var api = new ApiResilience("google", options, clock, observed, observed.Log);
        return (new HttpClient(api.CreateHandler(handler)), observed, ledger, pacer);
    }

    private static HttpRequestMessage BatchCreate(int contacts) => new(HttpMethod.Post, "http://google.test/v1/people:batchCreateContacts")
    {
        Content = new StringContent("{\"contacts\":[" + string.Join(',', Enumerable.Repeat("{\"contactPerson\":{}}", contacts)) + "]}", Encoding.UTF8, "application/json"),
    };

    [Fact]
    public async Task AQuota429_IsAPause_NotAFailure_EvenWithoutRetries_AndTheRetriedAttemptPaysAgain()
    {
        var clock = new WatchedClock();
        var handler = new ScriptedHandler((n, _) => Task.FromResult(n == 1
            ? Answer(HttpStatusCode.TooManyRequests, GoogleQuota429("CriticalWritesPerMinutePerProjectPerUser"))
            : Answer(HttpStatusCode.OK)));
        var (http, observed, ledger, pacer) = Google(clock, handler, maxRetries: 0);
        using var _ = http;
        using var __ = pacer;

        var send = http.SendAsync(BatchCreate(2));
        await clock.WaitForTimerAsync(Q.Minute);
        Assert.False(send.IsCompleted);
        clock.Advance(Q.Minute);
        using var response = await send;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 200], observed.Statuses);
        Assert.Empty(observed.Retries);
        // Both attempts paid (2 contacts each in the daily count); the first attempt's 6 write units have left the minute since.
        Assert.Equal(4, ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.ContactWrites))!.Used);
        var writes = ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.CriticalWrites))!;
        Assert.Equal(6, writes.Used);
        // Halved by the refusal, one recovery step back after the clean minute; the reads were not blamed.
        Assert.Equal(0.6, writes.Factor, 3);
        Assert.Equal(1, ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.CriticalReads))!.Factor, 3);
    }

    [Fact]
    public async Task WithoutPacing_TheSame429IsReturned_AsToday()
    {
        var handler = new ScriptedHandler((n, _) => Task.FromResult(Answer(HttpStatusCode.TooManyRequests, GoogleQuota429("CriticalWritesPerMinutePerProjectPerUser"))));
        var (http, observed, ledger, pacer) = Google(new WatchedClock(), handler, maxRetries: 0, paced: false);
        using var _ = http;
        using var __ = pacer;

        using var response = await http.SendAsync(BatchCreate(2));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal([429], observed.Statuses);
        Assert.Empty(ledger.GetStatuses());
    }

    [Fact]
    public async Task ARetriedRead_PaysForEachAttempt()
    {
        var handler = new ScriptedHandler((n, _) => Task.FromResult(Answer(n == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK)));
        var (http, _, ledger, pacer) = Google(new WatchedClock(), handler, maxRetries: 2);
        using var __ = http;
        using var ___ = pacer;

        using var response = await http.GetAsync(new Uri("http://google.test/v1/people/me/connections?personFields=names&requestSyncToken=true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.CriticalReads))!.Used);
        Assert.Equal(2, ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.FullSyncFirstPages))!.Used);
    }

    [Fact]
    public async Task ACallsPlan_ComesFromTheRequestOption_ElseFromTheAmbientPlan()
    {
        var handler = new ScriptedHandler((_, _) => Task.FromResult(Answer(HttpStatusCode.OK)));
        var (http, _, _, pacer) = Google(new WatchedClock(), handler, maxRetries: 0);
        using var __ = http;
        using var ___ = pacer;

        using (QuotaPlan.Enter("plan-a"))
        {
            using var ambient = await http.GetAsync(new Uri("http://google.test/v1/people/c1?personFields=names"));
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://google.test/v1/people/c2?personFields=names");
            request.Options.Set(QuotaPlan.RequestOption, "plan-b");
            using var explicitPlan = await http.SendAsync(request);
        }

        using var none = await http.GetAsync(new Uri("http://google.test/v1/people/c3?personFields=names"));
        var granted = pacer.Snapshot().GrantedByPlan;
        Assert.Equal((1, 1, 1), (granted["plan-a"], granted["plan-b"], granted[""]));
        Assert.Null(QuotaPlan.Current);
    }

    [Fact]
    public async Task AfterMaxRefusalsPerCall_The429GoesToTheRetryPipeline()
    {
        var clock = new WatchedClock();
        var handler = new ScriptedHandler((_, _) => Task.FromResult(Answer(HttpStatusCode.TooManyRequests, "{}")));
        var ledger = new InProcessQuotaLedger(Settings, clock);
        using var pacer = new QuotaPacer(ledger, clock);
        var options = new TestRetryOptions
        {
            MaxRetries = 0,
            Pacing = new QuotaPacing(pacer, new GoogleQuotaCostModel(Settings, Account)) { MaxRefusalsPerCall = 0 },
        };
        var observed = new RecordingObserver();
        using var http = new HttpClient(new ApiResilience("google", options, clock, observed, observed.Log).CreateHandler(handler));

        using var response = await http.GetAsync(new Uri("http://google.test/v1/people/c1?personFields=names"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, handler.Attempts);
        // An opaque 429 (no ErrorInfo) blames every rate quota of the call.
        Assert.Equal(0.5, ledger.GetStatus(QuotaKeys.GoogleUser(Account, GoogleQuotaMetric.CriticalReads))!.Factor, 3);
    }

    [Theory]
    [InlineData("40", 200, "credits-not-blamed")]
    [InlineData("0", 429, "credits")]
    [InlineData(null, 429, "concurrency")]
    public async Task Zoho_CreditsHeaderResyncsTheLedger_AndA429BlamesCreditsOrConcurrency(string? remaining, int status, string blamed)
    {
        var clock = new WatchedClock();
        var settings = Q.Exact with { Zoho = new ZohoQuotaSettings { CreditsPerDay = 100, Concurrency = 5 } };
        var ledger = new InProcessQuotaLedger(settings, clock);
        using var pacer = new QuotaPacer(ledger, clock);
        var options = new TestRetryOptions { MaxRetries = 0, Pacing = new QuotaPacing(pacer, new ZohoQuotaCostModel(settings)) { MaxRefusalsPerCall = 0 } };
        var observed = new RecordingObserver();
        var api = new ApiResilience("zoho", options, clock, observed, observed.Log);

        using var response = await api.ExecuteAsync(HttpMethod.Post, new Uri("http://zoho.test/crm/v8/Contacts"), "insert", 35, _ =>
        {
            var answer = Answer((HttpStatusCode)status);
            if (remaining is not null)
            {
                answer.Headers.Add(ZohoQuotaCostModel.CreditsRemainingHeader, remaining);
            }

            return Task.FromResult(answer);
        }, CancellationToken.None);

        var credits = ledger.GetStatus(QuotaKeys.ZohoCredits("default"))!;
        var slots = ledger.GetStatus(QuotaKeys.ZohoConcurrency("default"))!;
        Assert.Equal(remaining is null ? 4 : 100 - long.Parse(remaining, System.Globalization.CultureInfo.InvariantCulture), credits.Used);
        Assert.Equal(0, slots.Used);
        Assert.Equal(blamed == "credits", credits.PausedUntil is not null);
        Assert.Equal(blamed == "concurrency", slots.PausedUntil is not null);
    }
}
