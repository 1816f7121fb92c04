using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Google;

/// <summary>A stored contact (or its tombstone). Data holds the writable person fields.</summary>
internal sealed class StoredPerson(ulong id)
{
    public ulong Id { get; } = id;

    public string ResourceName => "people/c" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string SourceId => Id.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public JsonObject Data { get; set; } = [];

    public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);

    public long Version { get; set; }

    /// <summary>Position in the change log (monotonic per account).</summary>
    public long Seq { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    public bool Deleted { get; set; }

    public string Etag => "%" + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"EgcBAgkLLjc9GgECIgw{Id:x}.{Version}"));

    public string SourceEtag => "#" + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{Id:x}:{Version}"));
}
