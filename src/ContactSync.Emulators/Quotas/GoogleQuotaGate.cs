using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Google;

namespace ContactSync.Emulators.Quotas;

/// <summary>Meters People API calls per user and per project and refuses those over a quota with Google's 429 body.</summary>
internal sealed class GoogleQuotaGate(QuotaBook book, FixedWindowCounters counters)
{
    private const string ProjectNumber = "1045792390551";

    /// <summary>Takes the call's units; returns the 429 body when a quota would be exceeded (then nothing is taken).</summary>
    public JsonObject? Admit(string user, string method, string rest, IQueryCollection query, JsonNode? body)
    {
        var options = book.Options;
        var limits = options.Google;
        var minute = options.Scaled(TimeSpan.FromMinutes(1));
        var day = options.Scaled(TimeSpan.FromDays(1));
        var charges = new List<QuotaCharge>();
        foreach (var (metric, units) in GoogleQuotaCosts.For(limits, method, rest, query, body))
        {
            var (perUser, perProject) = LimitsOf(limits, metric);
            var window = metric == GoogleQuotaMetric.ContactWrites ? day : minute;
            charges.Add(new QuotaCharge($"user:{user}:{metric}", units, perUser, window, GoogleQuotaNames.LimitName(metric, true)));
            charges.Add(new QuotaCharge($"project:{metric}", units, perProject, window, GoogleQuotaNames.LimitName(metric, false)));
        }

        if (counters.TryTake(charges) is not { } refused)
        {
            return null;
        }

        book.Refusals.Record("google", refused.Name);
        var metricOf = Enum.Parse<GoogleQuotaMetric>(refused.Counter[(refused.Counter.LastIndexOf(':') + 1)..]);
        return TooMany(metricOf, refused);
    }

    private static (long PerUser, long PerProject) LimitsOf(GoogleQuotaLimits l, GoogleQuotaMetric metric) => metric switch
    {
        GoogleQuotaMetric.CriticalReads => (l.CriticalReadsPerUser, l.CriticalReadsPerProject),
        GoogleQuotaMetric.CriticalWrites => (l.CriticalWritesPerUser, l.CriticalWritesPerProject),
        GoogleQuotaMetric.GroupReads => (l.GroupReadsPerUser, l.GroupReadsPerProject),
        GoogleQuotaMetric.DeletesAndGroupWrites => (l.DeletesAndGroupWritesPerUser, l.DeletesAndGroupWritesPerProject),
        GoogleQuotaMetric.FullSyncFirstPages => (l.FullSyncFirstPagesPerUser, 0),
        _ => (l.ContactWritesPerUserPerDay, 0),
    };

    /// <summary>Google's quota 429: RESOURCE_EXHAUSTED with an ErrorInfo naming the metric and the limit; no Retry-After.</summary>
    private static JsonObject TooMany(GoogleQuotaMetric metric, QuotaCharge refused)
    {
        var (metricName, display) = GoogleQuotaNames.Of(metric);
        var perUser = refused.Counter.StartsWith("user:", StringComparison.Ordinal);
        var limitDisplay = GoogleQuotaNames.LimitDisplay(metric, perUser);
        var message = $"Quota exceeded for quota metric '{display}' and limit '{limitDisplay}' of service 'people.googleapis.com' for consumer 'project_number:{ProjectNumber}'.";
        var info = new JsonObject
        {
            ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo",
            ["reason"] = "RATE_LIMIT_EXCEEDED",
            ["domain"] = "googleapis.com",
            ["metadata"] = new JsonObject
            {
                ["service"] = "people.googleapis.com",
                ["consumer"] = "projects/" + ProjectNumber,
                ["quota_metric"] = metricName,
                ["quota_limit"] = refused.Name,
                ["quota_limit_value"] = refused.Limit.ToString(CultureInfo.InvariantCulture),
                ["quota_location"] = "global",
            },
        };
        var error = GoogleErrors.Error(429, "RESOURCE_EXHAUSTED", message);
        error["error"]!["details"] = new JsonArray(info);
        return error;
    }
}
