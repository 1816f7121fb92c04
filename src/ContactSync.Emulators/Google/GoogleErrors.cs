using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Google;

/// <summary>Google's error JSON: <c>{"error":{"code","message","status","details":[...],"errors":[...]}}</c>.</summary>
internal static class GoogleErrors
{
    public static JsonObject Error(int code, string status, string message, string? reason = null, params JsonObject[] details)
    {
        var legacyReason = reason switch
        {
            "EXPIRED_SYNC_TOKEN" => "failedPrecondition",
            "RATE_LIMIT_EXCEEDED" => "rateLimitExceeded",
            _ => status switch
            {
                "FAILED_PRECONDITION" => "failedPrecondition",
                "NOT_FOUND" => "notFound",
                "UNAUTHENTICATED" => "authError",
                "PERMISSION_DENIED" => "forbidden",
                "ALREADY_EXISTS" => "duplicate",
                "RESOURCE_EXHAUSTED" => "rateLimitExceeded",
                "INTERNAL" => "backendError",
                "UNAVAILABLE" => "backendError",
                _ => "badRequest",
            },
        };
        var detailArray = new JsonArray();
        if (reason is not null)
        {
            detailArray.Add(new JsonObject
            {
                ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo",
                ["reason"] = reason,
                ["domain"] = "googleapis.com",
                ["metadata"] = new JsonObject { ["service"] = "people.googleapis.com" },
            });
        }

        foreach (var d in details)
        {
            detailArray.Add(d);
        }

        var error = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["domain"] = "global", ["reason"] = legacyReason }),
            ["status"] = status,
        };
        if (detailArray.Count > 0)
        {
            error["details"] = detailArray;
        }

        return new JsonObject { ["error"] = error };
    }

    public static JsonObject BadRequest(string message, string? field = null) => field is null
        ? Error(400, "INVALID_ARGUMENT", message)
        : Error(400, "INVALID_ARGUMENT", message, null, new JsonObject
        {
            ["@type"] = "type.googleapis.com/google.rpc.BadRequest",
            ["fieldViolations"] = new JsonArray(new JsonObject { ["field"] = field, ["description"] = message }),
        });

    public static JsonObject NotFound() => Error(404, "NOT_FOUND", "Requested entity was not found.");

    public static JsonObject Status(int code, string message) => new() { ["code"] = code, ["message"] = message };
}
