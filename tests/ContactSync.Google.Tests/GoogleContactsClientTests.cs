using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Google.Apis.Data;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Http;
using ContactSync.Testing.Time;
using Google;
using Microsoft.Extensions.Time.Testing;
using static ContactSync.Testing.Http.HttpAnswers;

namespace ContactSync.Google.Tests;

public sealed class GoogleContactsClientTests
{
    private static (GoogleContactsClient Client, StubHttpHandler Handler, RecordingObserver Observer) Create(
        Func<HttpRequestMessage, string?, HttpResponseMessage> api, TimeProvider? time = null)
    {
        var handler = new StubHttpHandler((request, body) => GoogleStubs.Token(request) ?? api(request, body));
        var observer = new RecordingObserver();
        var client = new GoogleContactsClient(GoogleStubs.Options(), time ?? TimeProvider.System, observer, null, () => handler);
        return (client, handler, observer);
    }

    [Fact]
    public async Task BatchCreateAsync_450People_Sends200_200_50GzippedAndKeepsOrder()
    {
        var sizes = new List<int>();
        var next = 0;
        var (client, handler, _) = Create((request, body) =>
        {
            Assert.Equal("/v1/people:batchCreateContacts", request.RequestUri!.AbsolutePath);
            Assert.Equal("Bearer g-at", request.Headers.Authorization?.ToString());
            var contacts = JsonNode.Parse(body!)!["contacts"]!.AsArray();
            sizes.Add(contacts.Count);
            var created = new JsonArray(contacts.Select(c => (JsonNode)new JsonObject
            {
                ["person"] = new JsonObject
                {
                    ["resourceName"] = "people/c" + Interlocked.Increment(ref next),
                    ["names"] = new JsonArray(new JsonObject { ["givenName"] = (string)c!["contactPerson"]!["names"]![0]!["givenName"]! }),
                },
            }).ToArray());
            return Json(HttpStatusCode.OK, new JsonObject { ["createdPeople"] = created }.ToJsonString());
        });
        using var _ = client;
        var people = Enumerable.Range(0, 450).Select(i => new Person { Names = [new Name { GivenName = "G" + i }] }).ToArray();

        var created = await client.BatchCreateAsync(people, "names", TestContext.CancellationToken);

        Assert.Equal([200, 200, 50], sizes);
        Assert.Equal(450, created.Count);
        Assert.Equal(Enumerable.Range(0, 450).Select(i => "G" + i), created.Select(p => p.Names![0].GivenName));
        Assert.All(handler.Requests.Where(r => r.Uri.AbsolutePath != "/token"), r => Assert.True(r.Gzipped));
    }

    [Fact]
    public async Task BatchDeleteAsync_1200Names_SplitsBy500()
    {
        var sizes = new List<int>();
        var (client, _, _) = Create((_, body) =>
        {
            sizes.Add(JsonNode.Parse(body!)!["resourceNames"]!.AsArray().Count);
            return Json(HttpStatusCode.OK, "{}");
        });
        using var _ = client;

        await client.BatchDeleteAsync(Enumerable.Range(0, 1200).Select(i => "people/c" + i).ToArray(), TestContext.CancellationToken);

        Assert.Equal([500, 500, 200], sizes);
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterHonouredThroughTimeProvider()
    {
        var time = new WatchedClock();
        var calls = 0;
        var (client, _, observer) = Create((_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                var r = Json(HttpStatusCode.TooManyRequests, """{"error":{"code":429,"message":"quota","status":"RESOURCE_EXHAUSTED"}}""");
                r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
                return r;
            }

            return Json(HttpStatusCode.OK, """{"connections":[{"resourceName":"people/c1"}],"totalItems":1,"nextSyncToken":"s1"}""");
        }, time);
        using var _ = client;

        var task = client.ListConnectionsPageAsync(new ConnectionsQuery { PersonFields = "names" }, TestContext.CancellationToken);
        for (var i = 0; i < 500 && observer.Retries.IsEmpty; i++)
        {
            await Task.Delay(5, TestContext.CancellationToken);
        }

        Assert.Equal(TimeSpan.FromSeconds(5), Assert.Single(observer.Retries));

        // Advance only once the back-off's timer is armed: advancing before would leave it waiting a full 5 s more.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(20, TestContext.CancellationToken);
        Assert.False(task.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var page = await task;

        Assert.Equal("s1", page.NextSyncToken);
        Assert.Equal("people/c1", Assert.Single(page.Connections).ResourceName);
        Assert.Equal([429, 200], observer.Calls.Where(c => c.Operation == "GET /v1/people/me/connections").Select(c => c.Status));
    }

    [Fact]
    public async Task ListConnectionsPageAsync_ExpiredSyncToken_ThrowsTypedException()
    {
        var (client, _, _) = Create((_, _) => Json(HttpStatusCode.BadRequest, """
            {"error":{"code":400,"message":"Sync token is expired. Clear local cache and retry call without the sync token.","status":"FAILED_PRECONDITION",
             "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"EXPIRED_SYNC_TOKEN","domain":"people.googleapis.com"}]}}
            """));
        using var _ = client;

        var ex = await Assert.ThrowsAsync<GoogleSyncTokenExpiredException>(() =>
            client.ListConnectionsPageAsync(new ConnectionsQuery { PersonFields = "names", SyncToken = "old" }, TestContext.CancellationToken));

        Assert.Equal(400, ex.HttpStatus);
    }

    [Fact]
    public async Task UpdateAsync_StaleEtag_ThrowsEtagMismatch()
    {
        var (client, handler, _) = Create((_, _) => Json(HttpStatusCode.BadRequest, """
            {"error":{"code":400,"message":"Request person.etag is different than the current person.etag. Clear local cache and get the latest person.",
             "status":"FAILED_PRECONDITION","errors":[{"message":"x","domain":"global","reason":"failedPrecondition"}]}}
            """));
        using var _ = client;

        await Assert.ThrowsAsync<GoogleEtagMismatchException>(() =>
            client.UpdateAsync(new Person { ResourceName = "people/c7", ETag = "old", Names = [new Name { GivenName = "A" }] }, "names", "names", TestContext.CancellationToken));

        var update = handler.Requests.Single(r => r.Uri.AbsolutePath.EndsWith(":updateContact", StringComparison.Ordinal));
        Assert.Equal(HttpMethod.Patch, update.Method);
        Assert.Equal("/v1/people/c7:updateContact", update.Uri.AbsolutePath);
        Assert.Contains("updatePersonFields=names", update.Uri.Query, StringComparison.Ordinal);
        Assert.Equal("old", (string)JsonNode.Parse(update.Body!)!["etag"]!);
    }

    [Fact]
    public async Task GetAsync_NotFound_ReturnsNull_AndOtherErrorsStayGoogleApiException()
    {
        var (client, _, _) = Create((request, _) => request.RequestUri!.AbsolutePath.Contains("c404", StringComparison.Ordinal)
            ? Json(HttpStatusCode.NotFound, """{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}""")
            : Json(HttpStatusCode.Forbidden, """{"error":{"code":403,"message":"denied","status":"PERMISSION_DENIED"}}"""));
        using var _ = client;

        Assert.Null(await client.GetAsync("people/c404", "names", TestContext.CancellationToken));
        var ex = await Assert.ThrowsAsync<GoogleApiException>(() => client.GetAsync("people/c403", "names", TestContext.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, ex.HttpStatusCode);
    }

    [Fact]
    public void SplitMembers_NeverExceeds1000PerCall()
    {
        var add = Enumerable.Range(0, 1500).Select(i => "a" + i).ToArray();
        var remove = Enumerable.Range(0, 700).Select(i => "r" + i).ToArray();

        var calls = GoogleContactsClient.SplitMembers(add, remove, 1000).ToList();

        Assert.All(calls, c => Assert.True(c.Add.Count + c.Remove.Count <= 1000));
        Assert.Equal(add, calls.SelectMany(c => c.Add));
        Assert.Equal(remove, calls.SelectMany(c => c.Remove));
        Assert.Equal(3, calls.Count);
    }

    [Fact]
    public void PersonJson_RoundTripsWithDiscoveryNames()
    {
        var person = new Person
        {
            ResourceName = "people/c1",
            ETag = "%E1",
            EmailAddresses = [new EmailAddress { Value = "a@b.c", Type = "work" }],
            Birthdays = [new Birthday { Date = new Date { Year = 1990, Month = 2, Day = 3 } }],
            UserDefined = [new UserDefined { Key = "k", Value = "v" }],
            ClientData = [new ClientData { Key = "zohoId", Value = "42" }],
            Memberships = [new Membership { ContactGroupMembership = new ContactGroupMembership { ContactGroupResourceName = "contactGroups/x" } }],
            Metadata = new PersonMetadata { Deleted = true },
        };

        var json = PersonJson.Serialize(person);
        var back = PersonJson.Deserialize(json);

        var node = JsonNode.Parse(json)!;
        Assert.Equal("a@b.c", (string)node["emailAddresses"]![0]!["value"]!);
        Assert.Equal("%E1", (string)node["etag"]!);
        Assert.Equal("contactGroups/x", (string)node["memberships"]![0]!["contactGroupMembership"]!["contactGroupResourceName"]!);
        Assert.Null(node["names"]);
        Assert.Equal(1990, back.Birthdays![0].Date!.Year);
        Assert.True(back.Metadata!.Deleted);
        Assert.Equal("42", back.ClientData![0].Value);
    }
}
