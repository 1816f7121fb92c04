using System.Text.Json;
using ContactSync.Core.State;

namespace ContactSync.Storage.Sync;

/// <summary>Stores a link's snapshot compactly as <c>{"key":["crm","google"]}</c>.</summary>
internal static class SnapshotJson
{
    public static string Serialize(IReadOnlyDictionary<string, FieldSnapshot> snapshot) =>
        JsonSerializer.Serialize(snapshot.ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Crm, kv.Value.Google }));

    public static IReadOnlyDictionary<string, FieldSnapshot> Deserialize(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];
        return raw.ToDictionary(kv => kv.Key, kv => new FieldSnapshot(kv.Value[0], kv.Value[1]), StringComparer.Ordinal);
    }
}
