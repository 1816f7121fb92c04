using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>Per-item errors of the Watch API (codes from the v7/v8 "Enable Notifications" page and the OAS).</summary>
internal static class ZohoWatchErrors
{
    public static JsonObject Mandatory(string apiName, string jsonPath) =>
        At("MANDATORY_NOT_FOUND", "required field not found", apiName, jsonPath);

    public static JsonObject Invalid(string apiName, string jsonPath, string message = "invalid data") =>
        At("INVALID_DATA", message, apiName, jsonPath);

    public static JsonObject InvalidType(string apiName, string jsonPath, string expectedType)
    {
        var error = At("INVALID_DATA", "invalid data", apiName, jsonPath);
        error["details"]!["expected_data_type"] = expectedType;
        return error;
    }

    public static JsonObject At(string code, string message, string apiName, string jsonPath) =>
        ZohoErrors.Error(code, message, new JsonObject { ["api_name"] = apiName, ["json_path"] = jsonPath });

    /// <summary>OAS InvalidParamError. The message text is UNVERIFIED.</summary>
    public static JsonObject NotSubscribed(long channelId) =>
        ZohoErrors.Error("NOT_SUBSCRIBED", "the channel is not subscribed", new JsonObject { ["channel_id"] = channelId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Past <see cref="ZohoWatchOptions.MaxChannels"/>. The code is UNVERIFIED (Zoho documents no channel limit).</summary>
    public static JsonObject TooManyChannels(int limit, string jsonPath)
    {
        var error = At("LIMIT_EXCEEDED", "the maximum number of channels is exceeded", "channel_id", jsonPath);
        error["details"]!["limit"] = limit;
        return error;
    }
}
