using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Tests;

internal static class JsonTestExtensions
{
    public static JsonArray ToJsonArrayForTest(this IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());
}
