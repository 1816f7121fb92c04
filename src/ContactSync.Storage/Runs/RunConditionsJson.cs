using System.Text.Json;
using ContactSync.Core.Engine;

namespace ContactSync.Storage.Runs;

/// <summary>A run's plan conditions in one text column: <c>[{"code","message","waiting"}]</c>, "" when none.</summary>
internal static class RunConditionsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<PlanCondition> conditions) =>
        conditions.Count == 0 ? "" : JsonSerializer.Serialize(conditions.Select(c => new Row(c.Code, c.Message, c.Waiting)), Options);

    public static IReadOnlyList<PlanCondition> Deserialize(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        return (JsonSerializer.Deserialize<Row[]>(json, Options) ?? []).Select(r => new PlanCondition(r.Code, r.Message, r.Waiting)).ToArray();
    }

    private sealed record Row(string Code, string Message, long Waiting);
}
