using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

/// <summary>The outcome of one record of a multi-record write.</summary>
/// <param name="Success">Whether Zoho reported <c>status: success</c>.</param>
/// <param name="Code">Zoho's code, e.g. SUCCESS, INVALID_DATA, MANDATORY_NOT_FOUND, DUPLICATE_DATA.</param>
/// <param name="Message">Zoho's message.</param>
/// <param name="Id">The record id (from <c>details.id</c>), when known.</param>
/// <param name="ModifiedTime">The record's new Modified_Time, when given.</param>
/// <param name="Details">Zoho's <c>details</c> object (e.g. api_name, json_path, duplicate_record).</param>
public sealed record ZohoRecordResult(bool Success, string Code, string Message, string? Id, DateTimeOffset? ModifiedTime, JsonObject? Details)
{
    /// <summary>For upserts: <c>insert</c> or <c>update</c>.</summary>
    public string? Action { get; init; }
}
