using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>A stored Contacts record. Values hold user-writable fields (parentless JSON nodes).</summary>
internal sealed class ZohoRecord(long id)
{
    public long Id { get; } = id;

    public long OwnerId { get; set; }

    public long CreatedBy { get; set; }

    public long ModifiedBy { get; set; }

    /// <summary>Created time in Unix seconds (second precision, as Zoho).</summary>
    public long CreatedSec { get; set; }

    /// <summary>Modified time in Unix seconds.</summary>
    public long ModifiedSec { get; set; }

    public Dictionary<string, JsonNode?> Values { get; } = new(StringComparer.Ordinal);

    public List<string> Tags { get; } = [];

    public string? Text(string field) => Values.TryGetValue(field, out var v) && v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : null;

    public string FullName => string.Join(' ', new[] { Text("First_Name"), Text("Last_Name") }.Where(s => !string.IsNullOrEmpty(s)));
}
