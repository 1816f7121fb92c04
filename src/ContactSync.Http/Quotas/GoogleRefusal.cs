using System.Text.Json;

namespace ContactSync.Http.Quotas;

/// <summary>
/// Which quota a People API 429 blames. Real bodies carry a google.rpc.ErrorInfo whose <c>metadata.quota_limit</c> names the
/// limit, e.g. <c>CriticalWritesPerMinutePerProjectPerUser</c> (per user) or <c>…PerMinutePerProject</c> (per project)
/// (google-people-api.md §4; only the critical read and write names are documented, the others are matched by their metric's
/// name). An opaque 429 (no ErrorInfo) blames every rate quota of the call.
/// </summary>
internal static class GoogleRefusal
{
    private static readonly (string Prefix, GoogleQuotaMetric Metric)[] Metrics =
    [
        ("CriticalReads", GoogleQuotaMetric.CriticalReads),
        ("CriticalWrites", GoogleQuotaMetric.CriticalWrites),
        ("GroupReads", GoogleQuotaMetric.GroupReads),
        ("DeletesAndGroupWrites", GoogleQuotaMetric.DeletesAndGroupWrites),
        ("FullSync", GoogleQuotaMetric.FullSyncFirstPages),
        ("ContactWrites", GoogleQuotaMetric.ContactWrites),
    ];

    public static async ValueTask<string?> QuotaLimitNameAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty("error", out var error) || !error.TryGetProperty("details", out var details)
                || details.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var detail in details.EnumerateArray())
            {
                if (detail.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("quota_limit", out var limit)
                    && limit.ValueKind == JsonValueKind.String)
                {
                    return limit.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<QuotaKey> Blame(string? limitName, IReadOnlyList<QuotaCharge> charges, string account, string project)
    {
        if (limitName is not null && Metrics.FirstOrDefault(m => limitName.StartsWith(m.Prefix, StringComparison.Ordinal)) is { Prefix: not null } match)
        {
            var key = limitName.EndsWith("PerUser", StringComparison.Ordinal) || match.Metric is GoogleQuotaMetric.FullSyncFirstPages or GoogleQuotaMetric.ContactWrites
                ? QuotaKeys.GoogleUser(account, match.Metric)
                : QuotaKeys.GoogleProject(project, match.Metric);
            if (charges.Any(c => c.Key == key))
            {
                return [key];
            }
        }

        return charges.Where(c => c.Limit.Kind == QuotaKind.Rate).Select(c => c.Key).ToArray();
    }
}
