using System.Globalization;
using System.Net;

namespace ContactSync.Http.Quotas;

/// <summary>
/// What a Zoho CRM call costs the org (zoho-crm-api.md §5): 1 credit, inserts/updates/upserts 1 per 10 records (at least 1),
/// cvid and deleted-records reads as configured, COQL queries by the rows their LIMIT asks; one slot of the org's concurrency; and one of its sub-concurrency when the
/// call is "complex" (Get Records with cvid or sort_by, a write of more than 10 records, a COQL query). OAuth calls are not metered.
/// </summary>
public sealed class ZohoQuotaCostModel : IQuotaCostModel
{
    /// <summary>The header Zoho adds once half of the day's credits are used.</summary>
    public const string CreditsRemainingHeader = "X-API-CREDITS-REMAINING";

    private readonly QuotaSettings _settings;

    /// <summary>Creates the model of the calls of org <paramref name="org"/> (any stable name; "default" when one org).</summary>
    public ZohoQuotaCostModel(QuotaSettings settings, string org = "default")
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(org);
        settings.Validate();
        _settings = settings;
        Org = org;
    }

    /// <summary>The org whose limits the calls draw on.</summary>
    public string Org { get; }

    /// <inheritdoc/>
    public IReadOnlyList<QuotaCharge> ChargesOf(QuotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Segments(request.Path) is not { } segments)
        {
            return [];
        }

        var zoho = _settings.Zoho;
        var method = request.Method.ToUpperInvariant();
        var charges = new List<QuotaCharge>();
        if (zoho.CreditsPerDay > 0)
        {
            var day = _settings.Scaled(TimeSpan.FromDays(1));
            charges.Add(new QuotaCharge(QuotaKeys.ZohoCredits(Org), QuotaLimit.Rate(zoho.CreditsPerDay, day), CreditsOf(method, segments, request)));
        }

        if (zoho.Concurrency > 0)
        {
            charges.Add(new QuotaCharge(QuotaKeys.ZohoConcurrency(Org), QuotaLimit.Concurrency(zoho.Concurrency), 1));
        }

        if (zoho.SubConcurrency > 0 && IsComplex(method, segments, request))
        {
            charges.Add(new QuotaCharge(QuotaKeys.ZohoSubConcurrency(Org), QuotaLimit.Concurrency(zoho.SubConcurrency), 1));
        }

        return charges;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Zoho's 429 covers both causes ("…for the 24 hour period is exceeded or the concurrency limit … is exceeded"): it blames
    /// the credits when the response says fewer are left than the call needs, else the concurrency slots the call held.
    /// </remarks>
    public ValueTask<QuotaFeedback> ReadFeedbackAsync(HttpResponseMessage response, IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(charges);
        var credits = charges.FirstOrDefault(c => c.Key == QuotaKeys.ZohoCredits(Org));
        long? remaining = response.Headers.TryGetValues(CreditsRemainingHeader, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : null;
        IReadOnlyList<QuotaRemaining> reported = remaining is { } r && credits is not null ? [new QuotaRemaining(credits.Key, r)] : [];
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return ValueTask.FromResult(reported.Count == 0 ? QuotaFeedback.None : new QuotaFeedback([], reported));
        }

        var slots = charges.Where(c => c.Limit.Kind == QuotaKind.Concurrency).Select(c => c.Key).ToArray();
        IReadOnlyList<QuotaKey> blamed = credits is not null && (remaining < credits.Units || slots.Length == 0) ? [credits.Key] : slots;
        return ValueTask.FromResult(new QuotaFeedback(blamed, reported));
    }

    /// <summary>The path segments after <c>/crm/v{n}/</c>; null for calls outside the CRM API (OAuth).</summary>
    private static string[]? Segments(string path)
    {
        var root = path.IndexOf("/crm/v", StringComparison.Ordinal);
        if (root < 0)
        {
            return null;
        }

        var rest = path[(root + "/crm/v".Length)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? [] : rest[(slash + 1)..].Trim('/').Split('/');
    }

    private long CreditsOf(string method, string[] segments, QuotaRequest request)
    {
        var zoho = _settings.Zoho;
        if (method is "POST" or "PUT" && IsModule(segments) && (segments.Length == 1 || segments[1] == "upsert"))
        {
            return Math.Max(1, (request.Records + 9) / 10);
        }

        if (method == "GET" && IsModule(segments) && segments.Length == 1 && !string.IsNullOrEmpty(request.QueryValue("cvid")))
        {
            return zoho.CvidReadCredits;
        }

        if (method == "POST" && segments is ["coql"])
        {
            return zoho.CoqlCreditsOf(request.Records);
        }

        return method == "GET" && IsModule(segments) && segments is [_, "deleted"] ? zoho.DeletedReadCredits : 1;
    }

    private static bool IsComplex(string method, string[] segments, QuotaRequest request) =>
        (method == "POST" && segments is ["coql"]) || (method == "GET" && IsModule(segments) && segments.Length == 1
            && (!string.IsNullOrEmpty(request.QueryValue("cvid")) || !string.IsNullOrEmpty(request.QueryValue("sort_by"))))
        || (method is "POST" or "PUT" && request.Records > 10);

    /// <summary>A module's records (Contacts, Leads, …): module API names start with a capital, settings and users do not.</summary>
    private static bool IsModule(string[] segments) => segments.Length > 0 && segments[0].Length > 0 && char.IsUpper(segments[0][0]);
}
