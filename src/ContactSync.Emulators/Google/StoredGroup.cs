using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Google;

/// <summary>A contact group (user or system).</summary>
internal sealed class StoredGroup(string id, string name, bool system)
{
    public string Id { get; } = id;

    public string ResourceName => "contactGroups/" + Id;

    public string Name { get; set; } = name;

    public bool System { get; } = system;

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    public JsonArray? ClientData { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdateTime { get; set; }
}
