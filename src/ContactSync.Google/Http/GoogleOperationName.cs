using System.Text.RegularExpressions;

namespace ContactSync.Google.Http;

/// <summary>A short stable name of a People API call for <see cref="ContactSync.Core.Diagnostics.IApiCallObserver"/>, ids replaced.</summary>
internal static partial class GoogleOperationName
{
    public static string Of(HttpRequestMessage request)
    {
        var method = request.Headers.TryGetValues("X-HTTP-Method-Override", out var values) ? values.First() : request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        path = Uri.UnescapeDataString(path);
        path = Ids().Replace(path, m => m.Groups[1].Value + "/{id}");
        return method + " " + path;
    }

    [GeneratedRegex("(people|contactGroups)/(?!me\\b)(?!people:)[^/:]+")]
    private static partial Regex Ids();
}
