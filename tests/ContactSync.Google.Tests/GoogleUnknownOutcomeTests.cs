using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Core.Mapping;
using ContactSync.Core.Ports;
using ContactSync.Google.Apis.Data;
using ContactSync.Google.Sync;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Http;
using ContactSync.Testing.Time;
using Microsoft.Extensions.Time.Testing;
using static ContactSync.Testing.Http.HttpAnswers;

namespace ContactSync.Google.Tests;

/// <summary>Creates, etag-checked updates and deletes are never repeated after a failure that may follow their application.</summary>
public sealed class GoogleUnknownOutcomeTests
{
    private static HttpResponseMessage? Token(HttpRequestMessage request) => GoogleStubs.Token(request);

    private static GoogleClientOptions Options()
    {
        var options = GoogleStubs.Options();
        options.RequestTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    private static (GoogleContactsClient Client, RecordingObserver Observer) Create(Func<HttpRequestMessage, string?, HttpResponseMessage> api)
    {
        var handler = new StubHttpHandler((request, body) => Token(request) ?? api(request, body));
        var observer = new RecordingObserver();
        return (new GoogleContactsClient(Options(), TimeProvider.System, observer, null, () => handler), observer);
    }

    private static int ApiCalls(RecordingObserver observer, string operation) => observer.Calls.Count(c => c.Operation == operation);

    [Fact]
    public async Task BatchCreate_ServerErrorAfterSending_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var (client, observer) = Create((_, _) => Json(HttpStatusCode.InternalServerError, """{"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}}"""));
        using var _ = client;

        var ex = await Assert.ThrowsAsync<GoogleOutcomeUnknownException>(() => client.BatchCreateAsync([new Person()], "names", TestContext.CancellationToken));

        Assert.Equal("people.batchCreateContacts", ex.Operation);
        Assert.Equal(1, ApiCalls(observer, "POST /v1/people:batchCreateContacts"));
        Assert.Empty(observer.Retries);
    }

    [Fact]
    public async Task BatchCreate_TooManyRequests_IsRepeatedBecauseNothingWasApplied()
    {
        var calls = 0;
        var (client, observer) = Create((_, _) => Interlocked.Increment(ref calls) == 1
            ? Json(HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"quota","status":"RESOURCE_EXHAUSTED"}}""")
            : Json(HttpStatusCode.OK, """{"createdPeople":[{"person":{"resourceName":"people/c1"}}]}"""));
        using var _ = client;

        var created = await client.BatchCreateAsync([new Person()], "names", TestContext.CancellationToken);

        Assert.Equal("people/c1", Assert.Single(created).ResourceName);
        Assert.Equal(2, ApiCalls(observer, "POST /v1/people:batchCreateContacts"));
    }

    [Fact]
    public async Task BatchUpdate_DroppedConnection_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var (client, observer) = Create((_, _) => throw new HttpRequestException("The response ended prematurely."));
        using var _ = client;
        var people = new Dictionary<string, Person> { ["people/c1"] = new() { ResourceName = "people/c1", ETag = "e1" } };

        await Assert.ThrowsAsync<GoogleOutcomeUnknownException>(() => client.BatchUpdateAsync(people, "names", "names", TestContext.CancellationToken));

        Assert.Equal(1, ApiCalls(observer, "POST /v1/people:batchUpdateContacts"));
    }

    [Fact]
    public async Task BatchDelete_TimedOutAttempt_IsNotRepeatedAndItsOutcomeIsUnknown()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var handler = new HangingHandler(Token);
        using var client = new GoogleContactsClient(Options(), time, new RecordingObserver(), null, () => handler);

        var deleting = client.BatchDeleteAsync(["people/c1"], TestContext.CancellationToken);
        await handler.TimeOutAsync<GoogleOutcomeUnknownException>(time, Options().RequestTimeout, deleting);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Read_TimedOutAttempt_ThrowsTimeoutException()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var handler = new HangingHandler(Token);
        var options = Options();
        options.MaxRetries = 0;
        using var client = new GoogleContactsClient(options, time, new RecordingObserver(), null, () => handler);

        var reading = client.ListGroupsAsync(TestContext.CancellationToken);
        var ex = await handler.TimeOutAsync<TimeoutException>(time, options.RequestTimeout, reading);
        Assert.Contains("GET /v1/contactGroups", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersModify_ServerError_IsRepeatedBecauseAddingTwiceChangesNothing()
    {
        var calls = 0;
        var (client, observer) = Create((_, _) => Interlocked.Increment(ref calls) == 1
            ? Json(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"unavailable","status":"UNAVAILABLE"}}""")
            : Json(HttpStatusCode.OK, "{}"));
        using var _ = client;

        await client.ModifyGroupMembersAsync("contactGroups/g1", ["people/c1"], [], TestContext.CancellationToken);

        Assert.Equal(2, ApiCalls(observer, "POST /v1/contactGroups/{id}/members:modify"));
    }

    [Fact]
    public async Task Port_OneByOneCreateAfterARefusedBatch_ReportsAnUnknownOutcomePerContact()
    {
        var singles = 0;
        var (client, _) = Create((request, _) => request.RequestUri!.AbsolutePath switch
        {
            "/v1/people:batchCreateContacts" => Json(HttpStatusCode.BadRequest, """{"error":{"code":400,"message":"Request contains an invalid argument.","status":"INVALID_ARGUMENT"}}"""),
            _ => Interlocked.Increment(ref singles) == 1
                ? Json(HttpStatusCode.BadGateway, """{"error":{"code":502,"message":"bad gateway","status":"UNAVAILABLE"}}""")
                : Json(HttpStatusCode.OK, new JsonObject { ["resourceName"] = "people/c2", ["etag"] = "e2" }.ToJsonString()),
        });
        using var _ = client;
        var port = new GoogleContactsPort(client, new GooglePortOptions("contactGroups/g1", [GoogleFieldPath.Parse("names[0].familyName")]));
        var writes = new[] { "1", "2" }.Select(id => new GoogleWrite(null, null, null, new Dictionary<string, string> { ["names[0].familyName"] = "N" + id }, id, id)).ToList();

        var outcomes = await port.CreateAsync(writes, TestContext.CancellationToken);

        Assert.True(outcomes[0].IsUnknown);
        Assert.True(outcomes[1].Success);
        Assert.Equal("people/c2", outcomes[1].Id);
        Assert.Equal(2, singles);
    }
}
