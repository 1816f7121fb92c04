using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Testing.Http;
using ContactSync.Testing.Time;
using Microsoft.Extensions.Time.Testing;
using static ContactSync.Testing.Http.HttpAnswers;

namespace ContactSync.Zoho.Tests;

/// <summary>Inserts and deletes are never repeated after a failure that may follow their application; updates are.</summary>
public sealed class ZohoUnknownOutcomeTests
{
    private static readonly JsonObject[] OneRecord = [new JsonObject { ["Last_Name"] = "A" }];

    private static HttpResponseMessage? Token(HttpRequestMessage request) =>
        request.RequestUri!.AbsolutePath == ZohoStubs.TokenPath ? ZohoStubs.Token(1) : null;

    private static HttpResponseMessage ServerError() => Json(HttpStatusCode.InternalServerError, """{"code":"INTERNAL_ERROR","details":{},"message":"boom","status":"error"}""");

    private static HttpResponseMessage Written(string message) =>
        Json(HttpStatusCode.OK, $$"""{"data":[{"code":"SUCCESS","details":{"id":"7"},"message":"{{message}}","status":"success"}]}""");

    private static ZohoClientOptions Options()
    {
        var options = ZohoStubs.Options();
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    private static (ZohoCrmClient Client, StubHttpHandler Handler) Create(Func<HttpRequestMessage, HttpResponseMessage> api)
    {
        var handler = new StubHttpHandler((request, _) => Token(request) ?? api(request));
        return (new ZohoCrmClient(new HttpClient(handler), Options(), TimeProvider.System), handler);
    }

    private static int Calls(StubHttpHandler handler, HttpMethod method) => handler.Requests.Count(r => r.Method == method && r.Uri.AbsolutePath.StartsWith("/crm/", StringComparison.Ordinal));

    [Fact]
    public async Task Insert_ServerErrorAfterSending_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var (client, handler) = Create(_ => ServerError());

        var ex = await Assert.ThrowsAsync<ZohoOutcomeUnknownException>(() => client.InsertContactsAsync(OneRecord, CancellationToken.None));

        Assert.Equal("POST /crm/v8/Contacts", ex.Operation);
        Assert.Equal(1, Calls(handler, HttpMethod.Post));
    }

    [Fact]
    public async Task Insert_DroppedConnection_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var (client, handler) = Create(_ => throw new HttpRequestException("The response ended prematurely."));

        await Assert.ThrowsAsync<ZohoOutcomeUnknownException>(() => client.InsertContactsAsync(OneRecord, CancellationToken.None));

        Assert.Equal(1, Calls(handler, HttpMethod.Post));
    }

    [Fact]
    public async Task Upsert_ServerError_IsNotRepeatedBecauseARecordWithoutAKeyWouldBeInsertedTwice()
    {
        var (client, handler) = Create(_ => ServerError());

        await Assert.ThrowsAsync<ZohoOutcomeUnknownException>(() => client.UpsertContactsAsync(OneRecord, ["Email"], CancellationToken.None));

        Assert.Equal(1, Calls(handler, HttpMethod.Post));
    }

    [Fact]
    public async Task Insert_TooManyRequests_IsRepeatedBecauseNothingWasApplied()
    {
        var calls = 0;
        var (client, handler) = Create(_ => Interlocked.Increment(ref calls) == 1
            ? Json(HttpStatusCode.TooManyRequests, """{"code":"TOO_MANY_REQUESTS","details":{},"message":"slow down","status":"error"}""")
            : Written("record added"));

        var results = await client.InsertContactsAsync(OneRecord, CancellationToken.None);

        Assert.Equal("7", Assert.Single(results).Id);
        Assert.Equal(2, Calls(handler, HttpMethod.Post));
    }

    [Fact]
    public async Task Delete_TimedOutAttempt_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var handler = new HangingHandler(Token);
        var client = new ZohoCrmClient(new HttpClient(handler), Options(), time);

        var deleting = client.DeleteContactsAsync(["7"], CancellationToken.None);
        await handler.TimeOutAsync<ZohoOutcomeUnknownException>(time, Options().RequestTimeout, deleting);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Read_TimedOutAttempt_ThrowsTimeoutException()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var handler = new HangingHandler(Token);
        var options = Options();
        options.MaxRetries = 0;
        var client = new ZohoCrmClient(new HttpClient(handler), options, time);

        var reading = client.GetContactAsync("7", ["Last_Name"], CancellationToken.None);
        var ex = await handler.TimeOutAsync<TimeoutException>(time, options.RequestTimeout, reading);
        Assert.Contains("GET /crm/v8/Contacts/{id}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ServerError_IsRepeatedBecauseWritingTheSameValuesTwiceChangesNothing()
    {
        var calls = 0;
        var (client, handler) = Create(_ => Interlocked.Increment(ref calls) == 1 ? ServerError() : Written("record updated"));

        var results = await client.UpdateContactsAsync([new JsonObject { ["id"] = "7", ["Last_Name"] = "B" }], CancellationToken.None);

        Assert.True(Assert.Single(results).Success);
        Assert.Equal(2, Calls(handler, HttpMethod.Put));
    }

    [Fact]
    public async Task ServerTime_IsTheDateHeaderOfTheLatestAnswer()
    {
        var date = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);
        var (client, _) = Create(_ =>
        {
            var response = Written("record updated");
            response.Headers.Date = date;
            return response;
        });
        Assert.Null(client.LastServerTime);

        await client.UpdateContactsAsync([new JsonObject { ["id"] = "7", ["Last_Name"] = "B" }], CancellationToken.None);

        Assert.Equal(date, client.LastServerTime);
    }
}
