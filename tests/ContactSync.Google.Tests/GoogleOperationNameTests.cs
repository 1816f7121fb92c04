using ContactSync.Google.Http;

namespace ContactSync.Google.Tests;

public sealed class GoogleOperationNameTests
{
    [Theory]
    [InlineData("GET", "http://x/v1/people/me/connections?pageSize=1", "GET /v1/people/me/connections")]
    [InlineData("PATCH", "http://x/v1/people/c123:updateContact", "PATCH /v1/people/{id}:updateContact")]
    [InlineData("POST", "http://x/v1/people:batchCreateContacts", "POST /v1/people:batchCreateContacts")]
    [InlineData("POST", "http://x/v1/contactGroups/abc/members:modify", "POST /v1/contactGroups/{id}/members:modify")]
    public void Of_ReplacesIds(string method, string url, string expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        Assert.Equal(expected, GoogleOperationName.Of(request));
    }
}
