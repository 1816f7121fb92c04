using System.Text.Json;
using ContactSync.Core.State;

namespace ContactSync.Storage.Sync;

/// <summary>
/// Stores a link's snapshot compactly as <c>{"key":["crm","google"]}</c>, with a third element <c>"c"</c> for a
/// <see cref="FieldSnapshot.Converted"/> value (older rows without it read as not converted).
/// </summary>
internal static class SnapshotJson
{
    private const string ConvertedMark = "c";

    public static string Serialize(IReadOnlyDictionary<string, FieldSnapshot> snapshot) =>
        JsonSerializer.Serialize(snapshot.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Converted ? new[] { kv.Value.Crm, kv.Value.Google, ConvertedMark } : new[] { kv.Value.Crm, kv.Value.Google }));

    public static IReadOnlyDictionary<string, FieldSnapshot> Deserialize(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];
        return raw.ToDictionary(kv => kv.Key, kv => new FieldSnapshot(kv.Value[0], kv.Value[1], kv.Value.Length > 2 && kv.Value[2] == ConvertedMark), StringComparer.Ordinal);
    }
}
