using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static ContactSync.Emulators.Tests.TestSupport;

namespace ContactSync.Emulators.Tests;

public sealed class GoogleApiTests
{
    [Fact]
    public async Task Connections_list_validates_person_fields_and_page_size()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 5 });
        using var http = await GoogleClientAsync(host);
        var missing = await http.GetAsync("v1/people/me/connections");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("INVALID_ARGUMENT", (await ReadAsync(missing))["error"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=1001")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("v1/people/me/connections?personFields=bogus")).StatusCode);

        var page = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names,memberships&pageSize=1000"));
        Assert.Equal(10, page["connections"]!.AsArray().Count);
        Assert.Equal(10, page["totalItems"]!.GetValue<int>());
        var inSyncGroup = page["connections"]!.AsArray().Count(c => c!["memberships"]!.AsArray()
            .Any(m => m!["contactGroupMembership"]!["contactGroupResourceName"]!.GetValue<string>() == host.Google.ContactSyncGroupResourceName));
        Assert.Equal(5, inSyncGroup);
    }

    [Fact]
    public async Task Sync_tokens_return_changes_and_tombstones_and_expire()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 7, TimeProvider = clock, AccessTokenLifetime = TimeSpan.FromDays(30) });
        using var http = await GoogleClientAsync(host);
        string? pageToken = null;
        string? syncToken = null;
        var seen = new List<string>();
        do
        {
            var page = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&pageSize=5&requestSyncToken=true" + (pageToken is null ? string.Empty : "&pageToken=" + pageToken)));
            seen.AddRange(page["connections"]!.AsArray().Select(c => c!["resourceName"]!.GetValue<string>()));
            pageToken = page["nextPageToken"]?.GetValue<string>();
            syncToken = page["nextSyncToken"]?.GetValue<string>();
            Assert.True(pageToken is null || syncToken is null);
        }
        while (pageToken is not null);
        Assert.Equal(12, seen.Count);
        Assert.NotNull(syncToken);

        var noChange = await ReadAsync(await http.GetAsync($"v1/people/me/connections?personFields=names&requestSyncToken=true&syncToken={syncToken}"));
        Assert.Null(noChange["connections"]);

        host.Google.EditContactAsUser(seen[0], p => p["nicknames"] = new JsonArray(new JsonObject { ["value"] = "Jojo" }));
        host.Google.DeleteContactAsUser(seen[1]);
        var changes = await ReadAsync(await http.GetAsync($"v1/people/me/connections?personFields=names,nicknames&requestSyncToken=true&syncToken={syncToken}"));
        var items = changes["connections"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("Jojo", items[0]!["nicknames"]![0]!["value"]!.GetValue<string>());
        Assert.True(items[1]!["metadata"]!["deleted"]!.GetValue<bool>());
        Assert.Equal(seen[1], items[1]!["resourceName"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await http.GetAsync($"v1/people/me/connections?personFields=names&requestSyncToken=true&syncToken={syncToken}");
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        var error = (await ReadAsync(expired))["error"]!;
        Assert.Equal("FAILED_PRECONDITION", error["status"]!.GetValue<string>());
        Assert.Equal("EXPIRED_SYNC_TOKEN", error["details"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Propagation_delay_hides_fresh_writes_from_incremental_sync()
    {
        var clock = NewClock();
        await using var host = await StartAsync(new EmulatorOptions { TimeProvider = clock, GooglePropagationDelay = TimeSpan.FromMinutes(2) });
        using var http = await GoogleClientAsync(host);
        var first = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names&requestSyncToken=true"));
        var token = first["nextSyncToken"]!.GetValue<string>();
        host.Google.CreateContactAsUser(Person("Zoë", "Brontë"));
        var early = await ReadAsync(await http.GetAsync($"v1/people/me/connections?personFields=names&requestSyncToken=true&syncToken={token}"));
        Assert.Null(early["connections"]);
        clock.Advance(TimeSpan.FromMinutes(3));
        var later = await ReadAsync(await http.GetAsync($"v1/people/me/connections?personFields=names&requestSyncToken=true&syncToken={early["nextSyncToken"]!.GetValue<string>()}"));
        Assert.Equal("Zoë Brontë", later["connections"]![0]!["names"]![0]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_checks_etag_and_mask()
    {
        await using var host = await StartAsync();
        using var http = await GoogleClientAsync(host);
        var created = await ReadAsync(await http.PostAsync("v1/people:createContact?personFields=names,emailAddresses", JsonBody(Person("Åsa", "Lindqvist", "asa@example.com"))));
        var rn = created["resourceName"]!.GetValue<string>();
        var etag = created["etag"]!.GetValue<string>();
        Assert.Equal("Work", created["emailAddresses"]![0]!["formattedType"]!.GetValue<string>());

        var update = Person("Åsa", "Lind");
        update["etag"] = etag;
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PatchAsync($"v1/{rn}:updateContact", JsonBody(update))).StatusCode);
        var ok = await http.PatchAsync($"v1/{rn}:updateContact?updatePersonFields=names&personFields=names,emailAddresses", JsonBody(update));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var updated = await ReadAsync(ok);
        Assert.NotEqual(etag, updated["etag"]!.GetValue<string>());
        Assert.Equal("asa@example.com", updated["emailAddresses"]![0]!["value"]!.GetValue<string>());

        var stale = await http.PatchAsync($"v1/{rn}:updateContact?updatePersonFields=names", JsonBody(update));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal("FAILED_PRECONDITION", (await ReadAsync(stale))["error"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Singletons_and_batch_limits_are_enforced()
    {
        await using var host = await StartAsync();
        using var http = await GoogleClientAsync(host);
        var twoNames = new JsonObject { ["names"] = new JsonArray(new JsonObject { ["givenName"] = "A" }, new JsonObject { ["givenName"] = "B" }) };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("v1/people:createContact", JsonBody(twoNames))).StatusCode);

        JsonObject Batch(int n) => new()
        {
            ["contacts"] = new JsonArray(Enumerable.Range(0, n).Select(i => (JsonNode?)new JsonObject { ["contactPerson"] = Person("P" + i, "Test") }).ToArray()),
            ["readMask"] = "names",
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("v1/people:batchCreateContacts", JsonBody(Batch(201)))).StatusCode);
        var created = await ReadAsync(await http.PostAsync("v1/people:batchCreateContacts", JsonBody(Batch(200))));
        var names = created["createdPeople"]!.AsArray().Select(p => p!["person"]!["resourceName"]!.GetValue<string>()).ToList();
        Assert.Equal(200, names.Count);
        Assert.Equal(200, host.Google.Count);

        var tooMany = new JsonObject { ["resourceNames"] = names.Concat(Enumerable.Range(0, 301).Select(i => "people/c" + i)).ToJsonArrayForTest() };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("v1/people:batchDeleteContacts", JsonBody(tooMany))).StatusCode);
        var del = await http.PostAsync("v1/people:batchDeleteContacts", JsonBody(new JsonObject { ["resourceNames"] = names.Take(100).ToJsonArrayForTest() }));
        Assert.Equal(HttpStatusCode.OK, del.StatusCode);
        Assert.Equal(100, host.Google.Count);

        var updates = new JsonObject();
        foreach (var rn in names.Skip(100).Take(2))
        {
            var p = Person("Neu", "Name");
            p["etag"] = host.Google.GetContact(rn)!["etag"]!.GetValue<string>();
            updates[rn] = p;
        }

        var batchUpdate = await ReadAsync(await http.PostAsync("v1/people:batchUpdateContacts", JsonBody(new JsonObject { ["contacts"] = updates, ["updateMask"] = "names", ["readMask"] = "names" })));
        Assert.Equal("Neu Name", batchUpdate["updateResult"]![names[100]]!["person"]!["names"]![0]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gzip_bodies_and_method_override_are_accepted()
    {
        await using var host = await StartAsync();
        using var http = await GoogleClientAsync(host);
        var raw = Encoding.UTF8.GetBytes(Person("Jürgen", "Grünewald", "j@example.com").ToJsonString());
        using var ms = new MemoryStream();
        await using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gz.WriteAsync(raw);
        }

        var content = new ByteArrayContent(ms.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        var created = await ReadAsync(await http.PostAsync("v1/people:createContact", content));
        var rn = created["resourceName"]!.GetValue<string>();
        Assert.Equal("Grünewald", created["names"]![0]!["familyName"]!.GetValue<string>());

        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/people:batchGet")
        {
            Content = new FormUrlEncodedContent([new("resourceNames", rn), new("resourceNames", "people/c1"), new("personFields", "names")]),
        };
        request.Headers.Add("X-HTTP-Method-Override", "GET");
        var batch = await ReadAsync(await http.SendAsync(request));
        Assert.Equal(200, batch["responses"]![0]!["httpStatusCode"]!.GetValue<int>());
        Assert.Equal(404, batch["responses"]![1]!["httpStatusCode"]!.GetValue<int>());
        Assert.Equal(1, host.Calls.Count("google GET /v1/people:batchGet"));
    }

    [Fact]
    public async Task Service_account_jwt_grant_with_impersonation_issues_tokens()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 3 });
        var key = JsonNode.Parse(host.Credentials.GoogleServiceAccountKeyJson)!;
        Assert.Equal(host.Credentials.GoogleTokenUri, key["token_uri"]!.GetValue<string>());
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key["private_key"]!.GetValue<string>());
        static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        string Jwt(string sub)
        {
            var header = B64(Encoding.UTF8.GetBytes("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
            var payload = B64(Encoding.UTF8.GetBytes(new JsonObject
            {
                ["iss"] = key["client_email"]!.GetValue<string>(), ["aud"] = key["token_uri"]!.GetValue<string>(), ["iat"] = now, ["exp"] = now + 3600,
                ["scope"] = "https://www.googleapis.com/auth/contacts", ["sub"] = sub,
            }.ToJsonString()));
            return header + "." + payload + "." + B64(rsa.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        using var http = Client(host);
        FormUrlEncodedContent Form(string sub) => new(new Dictionary<string, string> { ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer", ["assertion"] = Jwt(sub) });
        var token = await ReadAsync(await http.PostAsync("token", Form(host.Credentials.GoogleImpersonatedUser)));
        http.DefaultRequestHeaders.Authorization = new("Bearer", token["access_token"]!.GetValue<string>());
        var list = await ReadAsync(await http.GetAsync("v1/people/me/connections?personFields=names"));
        Assert.Equal(8, list["connections"]!.AsArray().Count);

        var foreign = await http.PostAsync("token", Form("someone@gmail.com"));
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal("unauthorized_client", (await ReadAsync(foreign))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contact_groups_list_create_and_modify_members()
    {
        await using var host = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 4 });
        using var http = await GoogleClientAsync(host);
        var groups = await ReadAsync(await http.GetAsync("v1/contactGroups"));
        Assert.Contains(groups["contactGroups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "ContactSync" && g["memberCount"]!.GetValue<int>() == 4);
        var created = await ReadAsync(await http.PostAsync("v1/contactGroups", JsonBody(new JsonObject { ["contactGroup"] = new JsonObject { ["name"] = "ContactSync trash" } })));
        var trash = created["resourceName"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Conflict, (await http.PostAsync("v1/contactGroups", JsonBody(new JsonObject { ["contactGroup"] = new JsonObject { ["name"] = "ContactSync trash" } }))).StatusCode);

        var member = host.Google.GetGroupMembers(host.Google.ContactSyncGroupResourceName)[0];
        var modify = await ReadAsync(await http.PostAsync($"v1/{trash}/members:modify", JsonBody(new JsonObject { ["resourceNamesToAdd"] = new JsonArray(member, "people/c42") })));
        Assert.Equal("people/c42", modify["notFoundResourceNames"]![0]!.GetValue<string>());
        var group = await ReadAsync(await http.GetAsync($"v1/{trash}?maxMembers=10"));
        Assert.Equal(member, group["memberResourceNames"]![0]!.GetValue<string>());

        var tooMany = new JsonObject { ["resourceNamesToAdd"] = Enumerable.Range(0, 1001).Select(i => "people/c" + i).ToJsonArrayForTest() };
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync($"v1/{trash}/members:modify", JsonBody(tooMany))).StatusCode);
    }
}
