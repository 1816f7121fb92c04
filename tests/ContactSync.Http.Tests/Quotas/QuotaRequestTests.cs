using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using ContactSync.Http.Quotas;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>Describing an outgoing request: effective method, path, query and the records its body carries.</summary>
public sealed class QuotaRequestTests
{
    private static HttpContent Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(json));
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    [Theory]
    [InlineData("""{"contacts":[{"contactPerson":{"names":[{"givenName":"A"}]}},{"contactPerson":{}},{"contactPerson":{}}],"readMask":"names"}""", 3)]
    [InlineData("""{"readMask":"names","contacts":{"people/c1":{"etag":"e"},"people/c2":{"etag":"f","names":[1,2]}},"updateMask":"names"}""", 2)]
    [InlineData("""{"data":[{"Last_Name":"A"},{"Last_Name":"B"}],"trigger":[]}""", 2)]
    [InlineData("""{"resourceNames":["people/c1"]}""", 0)]
    [InlineData("not json", 0)]
    public async Task TheRecordsOfAGzippedBody_AreCounted_AndTheBodyCanStillBeSent(string json, int records)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://people.googleapis.com/v1/people:batchUpdateContacts?alt=json") { Content = Gzip(json) };

        var described = await QuotaRequest.FromAsync(request, CancellationToken.None);

        Assert.Equal(new QuotaRequest("POST", "/v1/people:batchUpdateContacts", "?alt=json", records), described);
        await using var sent = await request.Content!.ReadAsStreamAsync();
        using var unzipped = new StreamReader(new GZipStream(sent, CompressionMode.Decompress));
        Assert.Equal(json, await unzipped.ReadToEndAsync());
    }

    [Fact]
    public async Task AMethodOverride_IsTheMethodTheServiceActsOn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://people.googleapis.com/v1/people:batchGet")
        {
            Content = new StringContent("resourceNames=people/c1"),
        };
        request.Headers.Add("X-HTTP-Method-Override", "GET");

        var described = await QuotaRequest.FromAsync(request, CancellationToken.None);

        Assert.Equal(("GET", 0), (described.Method, described.Records));
    }

    [Fact]
    public void QueryValues_AreUnescaped()
    {
        var request = new QuotaRequest("GET", "/v1/people/me/connections", "?personFields=names%2Cemails&requestSyncToken=true&empty=&flag");

        Assert.Equal("names,emails", request.QueryValue("personFields"));
        Assert.Equal("true", request.QueryValue("requestSyncToken"));
        Assert.Equal("", request.QueryValue("empty"));
        Assert.Equal("", request.QueryValue("flag"));
        Assert.Null(request.QueryValue("syncToken"));
    }

    [Theory]
    [InlineData("GET", "/crm/v8/Contacts", true)]
    [InlineData("POST", "/crm/v8/coql", true)]
    [InlineData("GET", "/v1/people/me/connections", true)]
    [InlineData("POST", "/crm/v8/Contacts", false)]
    [InlineData("POST", "/v1/people:batchCreateContacts", false)]
    [InlineData("DELETE", "/crm/v8/Contacts", false)]
    public void Reads_AreGetsAndCoqlQueries_EverythingElseWrites(string method, string path, bool reads) =>
        Assert.Equal(reads, new QuotaRequest(method, path).Reads);
}
