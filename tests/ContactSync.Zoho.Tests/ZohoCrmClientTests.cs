using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using ContactSync.Testing.Diagnostics;
using ContactSync.Testing.Http;
using ContactSync.Testing.Time;
using Microsoft.Extensions.Time.Testing;
using static ContactSync.Testing.Http.HttpAnswers;

namespace ContactSync.Zoho.Tests;

public sealed class ZohoCrmClientTests
{
    private static readonly string[] Fields = ["Last_Name", "Email"];

    private static (ZohoCrmClient Client, StubHttpHandler Handler, RecordingObserver Observer) Create(
        Func<HttpRequestMessage, string?, HttpResponseMessage> api, TimeProvider? time = null, int maxRetries = 3)
    {
        var tokens = 0;
        var handler = new StubHttpHandler((request, body) =>
            request.RequestUri!.AbsolutePath == ZohoStubs.TokenPath ? ZohoStubs.Token(Interlocked.Increment(ref tokens)) : api(request, body));
        var observer = new RecordingObserver();
        var options = ZohoStubs.Options();
        options.MaxRetries = maxRetries;
        options.MaxRetryDelay = TimeSpan.FromSeconds(30);
        return (new ZohoCrmClient(new HttpClient(handler), options, time ?? TimeProvider.System, observer), handler, observer);
    }

    [Fact]
    public async Task ListContactsAsync_2500Records_SwitchesToPageTokenAfter2000()
    {
        const int total = 2500;
        var (client, handler, _) = Create((request, _) =>
        {
            var q = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            Assert.Equal("Last_Name,Email", q["fields"]);
            Assert.False(q["page"] is not null && q["page_token"] is not null);
            var page = q["page_token"] is { } t ? int.Parse(t[1..], CultureInfo.InvariantCulture) : int.Parse(q["page"]!, CultureInfo.InvariantCulture);
            Assert.True(page <= 10 || q["page_token"] is not null, "page numbers beyond 2000 records");
            var perPage = int.Parse(q["per_page"]!, CultureInfo.InvariantCulture);
            var start = (page - 1) * perPage;
            var count = Math.Min(perPage, total - start);
            var data = new JsonArray(Enumerable.Range(start, count).Select(i => (JsonNode)new JsonObject { ["id"] = i.ToString(CultureInfo.InvariantCulture), ["Last_Name"] = "L" + i }).ToArray());
            var more = start + count < total;
            var body = new JsonObject { ["data"] = data, ["info"] = new JsonObject { ["more_records"] = more, ["next_page_token"] = more ? "t" + (page + 1) : null, ["page"] = page } };
            return Json(HttpStatusCode.OK, body.ToJsonString());
        });

        var pages = new List<ZohoRecordPage>();
        await foreach (var page in client.ListContactsAsync(new ZohoListQuery { Fields = Fields }, TestContext.CancellationToken))
        {
            pages.Add(page);
        }

        Assert.Equal(13, pages.Count);
        Assert.Equal(total, pages.Sum(p => p.Records.Count));
        Assert.Equal(total, pages.SelectMany(p => p.Records).Select(r => (string)r["id"]!).Distinct().Count());
        Assert.False(pages[^1].MoreRecords);
        var apiCalls = handler.Requests.Where(r => r.Uri.AbsolutePath == "/crm/v8/Contacts").ToList();
        Assert.Equal(10, apiCalls.Count(r => HttpUtility.ParseQueryString(r.Uri.Query)["page"] is not null));
        Assert.Equal(3, apiCalls.Count(r => HttpUtility.ParseQueryString(r.Uri.Query)["page_token"] is not null));
        Assert.All(apiCalls, r => Assert.Equal("Zoho-oauthtoken at-1", r.Auth));
    }

    [Theory]
    [InlineData(HttpStatusCode.NotModified)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task ListContactsAsync_NotModifiedOrNoContent_YieldsNothingAndSendsIfModifiedSince(HttpStatusCode status)
    {
        var (client, handler, _) = Create((_, _) => new HttpResponseMessage(status));
        var since = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromMinutes(330));

        var count = 0;
        await foreach (var _ in client.ListContactsAsync(new ZohoListQuery { Fields = Fields, ModifiedSince = since }, TestContext.CancellationToken))
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Equal("2026-03-01T10:00:00+05:30", handler.Requests.Single(r => r.Uri.AbsolutePath == "/crm/v8/Contacts").IfModifiedSince);
    }

    [Fact]
    public async Task ListContactsAsync_MoreThan50Fields_Throws()
    {
        var (client, _, _) = Create((_, _) => throw new InvalidOperationException());
        var query = new ZohoListQuery { Fields = Enumerable.Range(0, 51).Select(i => "F" + i).ToArray() };

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in client.ListContactsAsync(query, TestContext.CancellationToken))
            {
            }
        });
    }

    [Fact]
    public async Task GetContactAsync_InvalidToken_RefreshesOnceAndRetries()
    {
        var (client, handler, _) = Create((request, _) =>
            request.Headers.Authorization!.Parameter == "at-1"
                ? Json(HttpStatusCode.Unauthorized, """{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}""")
                : Json(HttpStatusCode.OK, """{"data":[{"id":"42","Last_Name":"X"}]}"""));

        var record = await client.GetContactAsync("42", Fields, TestContext.CancellationToken);

        Assert.Equal("X", (string)record!["Last_Name"]!);
        Assert.Equal(2, handler.Requests.Count(r => r.Uri.AbsolutePath == "/oauth/v2/token"));
        Assert.Equal(2, client.Tokens.RefreshCount);
    }

    [Fact]
    public async Task GetContactAsync_AlwaysInvalidToken_ThrowsAfterOneRefresh()
    {
        var (client, handler, _) = Create((_, _) =>
            Json(HttpStatusCode.Unauthorized, """{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}"""));

        var ex = await Assert.ThrowsAsync<ZohoApiException>(() => client.GetContactAsync("42", Fields, TestContext.CancellationToken));

        Assert.Equal("INVALID_TOKEN", ex.Code);
        Assert.Equal(401, ex.HttpStatus);
        Assert.Equal(2, handler.Requests.Count(r => r.Uri.AbsolutePath == "/oauth/v2/token"));
    }

    [Fact]
    public async Task RefreshLimit_EleventhRefreshInTenMinutes_FailsClearly()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var (client, _, _) = Create((_, _) =>
            Json(HttpStatusCode.Unauthorized, """{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}"""), time);

        var codes = new List<string>();
        for (var i = 0; i < 20 && !codes.Contains("TOKEN_REFRESH_LIMIT"); i++)
        {
            var ex = await Assert.ThrowsAsync<ZohoApiException>(() => client.GetContactAsync("1", Fields, TestContext.CancellationToken));
            codes.Add(ex.Code);
        }

        Assert.Equal("TOKEN_REFRESH_LIMIT", codes[^1]);
        Assert.Equal(10, client.Tokens.RefreshCount);

        time.Advance(TimeSpan.FromMinutes(10));
        var after = await Assert.ThrowsAsync<ZohoApiException>(() => client.GetContactAsync("1", Fields, TestContext.CancellationToken));
        Assert.Equal("INVALID_TOKEN", after.Code);
        Assert.True(client.Tokens.RefreshCount > 10);
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        var time = new WatchedClock();
        var calls = 0;
        var (client, _, observer) = Create((_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                var r = Json(HttpStatusCode.TooManyRequests, """{"code":"TOO_MANY_REQUESTS","details":{},"message":"slow down","status":"error"}""");
                r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
                return r;
            }

            return Json(HttpStatusCode.OK, """{"data":[{"id":"1"}]}""");
        }, time);

        var task = client.GetContactAsync("1", Fields, TestContext.CancellationToken);
        await WaitUntil(() => observer.Retries.Count == 1);

        // Advance only once the back-off's timer is armed: advancing before would leave it waiting a full 7 s more.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6));
        await Task.Delay(20, TestContext.CancellationToken);
        Assert.False(task.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var record = await task;

        Assert.NotNull(record);
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(observer.Retries));
        Assert.Equal([429, 200], observer.Calls.Where(c => c.Operation == "GET /crm/v8/Contacts/{id}").Select(c => c.Status));
    }

    [Fact]
    public async Task ServerErrors_BeyondMaxRetries_ThrowZohoApiException()
    {
        var calls = 0;
        var (client, _, observer) = Create((_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Json(HttpStatusCode.InternalServerError, """{"code":"INTERNAL_ERROR","details":{},"message":"boom","status":"error"}""");
        }, maxRetries: 2);

        var ex = await Assert.ThrowsAsync<ZohoApiException>(() => client.GetContactFieldsAsync(TestContext.CancellationToken));

        Assert.Equal("INTERNAL_ERROR", ex.Code);
        Assert.Equal(500, ex.HttpStatus);
        Assert.Equal(3, calls);
        Assert.Equal(2, observer.Retries.Count);
    }

    [Fact]
    public async Task InsertContactsAsync_250Records_Sends100_100_50AndKeepsOrderWithPerRecordErrors()
    {
        var sizes = new List<int>();
        var (client, _, _) = Create((request, body) =>
        {
            var data = JsonNode.Parse(body!)!["data"]!.AsArray();
            sizes.Add(data.Count);
            var results = new JsonArray();
            foreach (var record in data)
            {
                var name = (string)record!["Last_Name"]!;
                results.Add(name.EndsWith('7')
                    ? new JsonObject { ["code"] = "INVALID_DATA", ["details"] = new JsonObject { ["api_name"] = "Phone" }, ["message"] = "invalid data", ["status"] = "error" }
                    : new JsonObject
                    {
                        ["code"] = "SUCCESS",
                        ["details"] = new JsonObject { ["id"] = "id-" + name, ["Modified_Time"] = "2026-03-01T10:00:00+05:30" },
                        ["message"] = "record added",
                        ["status"] = "success",
                    });
            }

            return Json((HttpStatusCode)207, new JsonObject { ["data"] = results }.ToJsonString());
        });
        var input = Enumerable.Range(0, 250).Select(i => new JsonObject { ["Last_Name"] = "N" + i }).ToArray();

        var results = await client.InsertContactsAsync(input, TestContext.CancellationToken);

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal(250, results.Count);
        Assert.Equal("id-N0", results[0].Id);
        Assert.Equal("id-N249", results[249].Id);
        Assert.False(results[7].Success);
        Assert.Equal("INVALID_DATA", results[7].Code);
        Assert.Equal("Phone", (string)results[7].Details!["api_name"]!);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 4, 30, 0, TimeSpan.Zero), results[8].ModifiedTime);
        Assert.Equal(25, results.Count(r => !r.Success));
    }

    [Fact]
    public async Task DeleteContactsAsync_MatchesResultsByIdAndSplitsBy100()
    {
        var calls = 0;
        var (client, _, _) = Create((request, _) =>
        {
            calls++;
            var ids = HttpUtility.ParseQueryString(request.RequestUri!.Query)["ids"]!.Split(',');
            Assert.True(ids.Length <= 100);
            var data = new JsonArray(ids.Reverse().Select(id => (JsonNode)new JsonObject
            {
                ["code"] = "SUCCESS", ["details"] = new JsonObject { ["id"] = id }, ["message"] = "record deleted", ["status"] = "success",
            }).ToArray());
            return Json(HttpStatusCode.OK, new JsonObject { ["data"] = data }.ToJsonString());
        });
        var ids = Enumerable.Range(0, 150).Select(i => "r" + i).ToArray();

        var results = await client.DeleteContactsAsync(ids, TestContext.CancellationToken);

        Assert.Equal(2, calls);
        Assert.Equal(ids, results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Success));
    }

    [Fact]
    public async Task UpsertContactsAsync_SendsDuplicateCheckFieldsInBody()
    {
        string? sent = null;
        var (client, _, _) = Create((request, body) =>
        {
            sent = body;
            Assert.Equal("/crm/v8/Contacts/upsert", request.RequestUri!.AbsolutePath);
            return Json(HttpStatusCode.OK, """{"data":[{"code":"SUCCESS","action":"update","duplicate_field":"Email","details":{"id":"9"},"message":"record updated","status":"success"}]}""");
        });

        var results = await client.UpsertContactsAsync([new JsonObject { ["Last_Name"] = "A", ["Email"] = "a@b.c" }], ["Email"], TestContext.CancellationToken);

        Assert.Equal("Email", (string)JsonNode.Parse(sent!)!["duplicate_check_fields"]![0]!);
        Assert.Equal("update", results.Single().Action);
        Assert.Equal("9", results.Single().Id);
    }

    [Fact]
    public async Task Write_WholeCallRejected_ThrowsZohoApiException()
    {
        var (client, _, _) = Create((_, _) =>
            Json(HttpStatusCode.Forbidden, """{"code":"NO_PERMISSION","details":{"permissions":["Crm_Implied_Create_Contacts"]},"message":"permission denied","status":"error"}"""));

        var ex = await Assert.ThrowsAsync<ZohoApiException>(() => client.InsertContactsAsync([new JsonObject { ["Last_Name"] = "A" }], TestContext.CancellationToken));

        Assert.Equal("NO_PERMISSION", ex.Code);
        Assert.Equal(403, ex.HttpStatus);
    }

    [Fact]
    public void DataCenters_MapToZohoDomains()
    {
        Assert.Equal("https://www.zohoapis.eu", ZohoDataCenters.Get("eu").ApiBaseUrl);
        Assert.Equal("https://accounts.zohocloud.ca", ZohoDataCenters.Get("ca").AccountsUrl);
        Assert.Equal("https://www.zohoapis.com.au", new ZohoClientOptions { DataCenter = "au" }.EffectiveApiBaseUrl);
        Assert.Throws<ArgumentException>(() => ZohoDataCenters.Get("mars"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition());
    }
}
