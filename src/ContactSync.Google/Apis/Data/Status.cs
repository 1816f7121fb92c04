using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Status</c>: The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs.</summary>
public sealed class Status
{
    /// <summary>The status code, which should be an enum value of google.rpc.Code.</summary>
    [JsonProperty("code")]
    public int? Code { get; set; }

    /// <summary>A developer-facing error message, which should be in English.</summary>
    [JsonProperty("message")]
    public string? Message { get; set; }

    /// <summary>A list of messages that carry the error details.</summary>
    [JsonProperty("details")]
    public IList<IDictionary<string, object>>? Details { get; set; }
}
