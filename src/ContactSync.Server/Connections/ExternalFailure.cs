using ContactSync.Zoho;
using Google;
using Google.Apis.Auth.OAuth2.Responses;

namespace ContactSync.Server.Connections;

/// <summary>Describes a failed Zoho or Google call for people and logs, from its type and the service's error code (never a secret).</summary>
internal static class ExternalFailure
{
    /// <summary>Whether the failure may pass on retrying later (throttling, server errors, network).</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ZohoApiException zoho => zoho.HttpStatus is 0 or 429 or >= 500 || zoho.Code == "TOKEN_REFRESH_LIMIT",
        GoogleApiException google => (int)google.HttpStatusCode is 429 or >= 500,
        TokenResponseException token => token.StatusCode is { } status && ((int)status == 429 || (int)status >= 500),
        HttpRequestException or IOException or TimeoutException => true,
        TaskCanceledException => true,
        _ => false,
    };

    /// <summary>The service's error code, or "".</summary>
    public static string Code(Exception exception) => exception switch
    {
        ZohoApiException zoho => $"{zoho.Code} (HTTP {zoho.HttpStatus})",
        GoogleApiException google => $"HTTP {(int)google.HttpStatusCode}",
        TokenResponseException token => token.Error?.Error ?? "",
        _ => "",
    };

    /// <summary>A sentence for people: what the service said.</summary>
    public static string Describe(string service, Exception exception) => exception switch
    {
        ZohoApiException zoho => $"{service} answered {zoho.Code} (HTTP {zoho.HttpStatus}): {zoho.Message}",
        GoogleApiException google => $"{service} answered HTTP {(int)google.HttpStatusCode}: {google.Error?.Message ?? google.Message}",
        TokenResponseException token => $"{service} refused the credentials: {token.Error?.Error} {token.Error?.ErrorDescription}".TrimEnd(),
        HttpRequestException http => $"{service} could not be reached: {http.Message}",
        TaskCanceledException or TimeoutException => $"{service} did not answer in time.",
        _ => $"{service} call failed: {exception.GetType().Name}: {exception.Message}",
    };
}
