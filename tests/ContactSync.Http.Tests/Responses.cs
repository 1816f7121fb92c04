using System.Net;
using System.Net.Http.Headers;

namespace ContactSync.Http.Tests;

internal static class Responses
{
    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent("{}") };

    public static HttpResponseMessage TooMany(RetryConditionHeaderValue? retryAfter = null)
    {
        var response = Status(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    public static Task<HttpResponseMessage> Answer(HttpStatusCode status) => Task.FromResult(Status(status));
}
