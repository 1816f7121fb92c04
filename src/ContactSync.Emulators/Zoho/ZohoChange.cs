using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>One record written: its event, the fields it changed and their new (stored, parentless) values.</summary>
internal sealed record ZohoChange(ZohoRecordEvent Kind, string RecordId, IReadOnlyList<string> Fields, IReadOnlyDictionary<string, JsonNode?> Values);
