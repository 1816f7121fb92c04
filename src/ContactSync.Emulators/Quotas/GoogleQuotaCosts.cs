using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Quotas;

/// <summary>What one People API call costs, per metric (see <see cref="GoogleQuotaLimits"/> for the sources).</summary>
internal static class GoogleQuotaCosts
{
    /// <summary>The units of each metric a call takes; <paramref name="rest"/> is the path after <c>/v1/</c>.</summary>
    public static IReadOnlyList<(GoogleQuotaMetric Metric, long Units)> For(GoogleQuotaLimits limits, string method, string rest, IQueryCollection query, JsonNode? body)
    {
        var batch = limits.BatchMutationUnits;
        return (method, rest) switch
        {
            ("GET", "people/me/connections") => FullSyncFirstPage(query)
                ? [(GoogleQuotaMetric.CriticalReads, 1), (GoogleQuotaMetric.FullSyncFirstPages, 1)]
                : [(GoogleQuotaMetric.CriticalReads, 1)],
            ("POST", "people:createContact") => Mutation(1, 1),
            ("POST", "people:batchCreateContacts") => Mutation(batch, Count(body?["contacts"])),
            ("POST", "people:batchUpdateContacts") => Mutation(batch, Count(body?["contacts"])),
            ("POST", "people:batchDeleteContacts") => [(GoogleQuotaMetric.DeletesAndGroupWrites, limits.BatchDeleteUnits)],
            ("PATCH", _) when rest.EndsWith(":updateContact", StringComparison.Ordinal) => Mutation(1, 1),
            ("DELETE", _) when rest.StartsWith("people/", StringComparison.Ordinal) => [(GoogleQuotaMetric.DeletesAndGroupWrites, 1)],
            ("GET", _) when rest.StartsWith("contactGroups", StringComparison.Ordinal) => [(GoogleQuotaMetric.GroupReads, 1)],
            (_, _) when rest.StartsWith("contactGroups", StringComparison.Ordinal) => [(GoogleQuotaMetric.DeletesAndGroupWrites, 1)],
            _ => [(GoogleQuotaMetric.CriticalReads, 1)],
        };
    }

    private static (GoogleQuotaMetric, long)[] Mutation(long units, long contacts) =>
        [(GoogleQuotaMetric.CriticalReads, units), (GoogleQuotaMetric.CriticalWrites, units), (GoogleQuotaMetric.ContactWrites, Math.Max(1, contacts))];

    private static bool FullSyncFirstPage(IQueryCollection query) =>
        string.Equals(query["requestSyncToken"].ToString(), "true", StringComparison.OrdinalIgnoreCase)
        && query["syncToken"].ToString().Length == 0
        && query["pageToken"].ToString().Length == 0;

    private static long Count(JsonNode? node) => node switch
    {
        JsonArray a => a.Count,
        JsonObject o => o.Count,
        _ => 0,
    };
}
