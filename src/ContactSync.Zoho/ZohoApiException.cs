using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

/// <summary>A Zoho call failed as a whole (auth, permission, quota, 5xx after retries, bad request).</summary>
public sealed class ZohoApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZohoApiException(string code, int httpStatus, string message, JsonObject? details = null, Exception? inner = null)
        : base($"Zoho CRM error {code} (HTTP {httpStatus}): {message}", inner)
    {
        Code = code;
        HttpStatus = httpStatus;
        Details = details;
    }

    /// <summary>Zoho's error code, e.g. INVALID_TOKEN, NO_PERMISSION, TOO_MANY_REQUESTS, or a client code such as TOKEN_REFRESH_LIMIT.</summary>
    public string Code { get; }

    /// <summary>The HTTP status, or 0 when no response arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>Zoho's <c>details</c> object, if any.</summary>
    public JsonObject? Details { get; }
}
