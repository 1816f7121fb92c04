using System.Net;
using System.Text;

namespace ContactSync.Testing.Http;

/// <summary>Canned HTTP answers for client tests against a <see cref="StubHttpHandler"/> or a <see cref="HangingHandler"/>.</summary>
public static class HttpAnswers
{
    /// <summary>A JSON answer with the status given.</summary>
    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
