using System.Net;
using System.Text.Json;
using Google;

namespace ContactSync.Google;

/// <summary>Turns a <see cref="GoogleApiException"/> into the typed exceptions the engine handles.</summary>
internal static class GoogleErrors
{
    public static Exception Translate(GoogleApiException ex)
    {
        var status = (int)ex.HttpStatusCode;
        var raw = ex.Error?.ErrorResponseContent ?? "";
        var (rpcStatus, message, reasons, staleNames) = Parse(raw);
        message ??= ex.Error?.Message ?? ex.Message;
        var legacyReasons = ex.Error?.Errors?.Select(e => e.Reason).Where(r => r is not null).Cast<string>() ?? [];
        var allReasons = reasons.Concat(legacyReasons).ToArray();

        if (ex.HttpStatusCode == HttpStatusCode.Gone ||
            (status == 400 && (allReasons.Contains("EXPIRED_SYNC_TOKEN") || message.Contains("sync token is expired", StringComparison.OrdinalIgnoreCase))))
        {
            return new GoogleSyncTokenExpiredException(message, status, ex);
        }

        var failedPrecondition = rpcStatus == "FAILED_PRECONDITION" || allReasons.Contains("failedPrecondition");
        if (status == 400 && failedPrecondition && (message.Contains("etag", StringComparison.OrdinalIgnoreCase) || staleNames.Count > 0))
        {
            return new GoogleEtagMismatchException(message, staleNames, ex);
        }

        return ex;
    }

    internal static (string? Status, string? Message, IReadOnlyList<string> Reasons, IReadOnlyList<string> StaleNames) Parse(string raw)
    {
        var reasons = new List<string>();
        var stale = new List<string>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return (null, null, reasons, stale);
        }

        try
        {
            using var doc = JsonDocument.Parse(raw);
            if (!doc.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null, reasons, stale);
            }

            var status = error.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
            {
                ReadDetails(details, reasons, stale);
            }

            if (error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in errors.EnumerateArray())
                {
                    if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
                    {
                        reasons.Add(r.GetString()!);
                    }
                }
            }

            return (status, message, reasons, stale);
        }
        catch (JsonException)
        {
            return (null, null, reasons, stale);
        }
    }

    /// <summary>The reasons of an error's details, and the people a batch's contactErrors name.</summary>
    private static void ReadDetails(JsonElement details, List<string> reasons, List<string> stale)
    {
        foreach (var detail in details.EnumerateArray())
        {
            if (detail.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (detail.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
            {
                reasons.Add(r.GetString()!);
            }

            if (detail.TryGetProperty("contactErrors", out var ce) && ce.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in ce.EnumerateObject())
                {
                    if (entry.Name.StartsWith("people/", StringComparison.Ordinal))
                    {
                        stale.Add(entry.Name);
                    }
                }
            }
        }
    }
}
