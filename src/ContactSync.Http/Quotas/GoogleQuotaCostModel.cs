using System.Net;

namespace ContactSync.Http.Quotas;

/// <summary>
/// What a People API call costs (google-people-api.md §4): a contact read 1 critical read; a single create or update 1 critical
/// read + 1 critical write + 1 daily contact write; a batch create or update 6 + 6 + one daily write per contact; a delete 1
/// and a batch delete 10 deletes-and-group-writes; a contact-group read 1 group read, a group write 1 deletes-and-group-write;
/// the first page of a full sync also 1 full-sync page. Each unit is charged to the user's quota and to the project's (where
/// set), and every mutation holds the user's one mutation slot (<see cref="GoogleQuotaSettings.MutationsInFlightPerUser"/>).
/// OAuth token calls are not metered.
/// </summary>
public sealed class GoogleQuotaCostModel : IQuotaCostModel
{
    private const string ApiRoot = "/v1/";
    private readonly QuotaSettings _settings;

    /// <summary>Creates the model of calls made as <paramref name="account"/> with the credentials of <paramref name="project"/>.</summary>
    /// <param name="settings">The quotas.</param>
    /// <param name="account">The Google account the connection acts as (impersonated user or OAuth user).</param>
    /// <param name="project">The Cloud project of the connection's credentials (any stable name; "default" when one project).</param>
    public GoogleQuotaCostModel(QuotaSettings settings, string account, string project = "default")
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        settings.Validate();
        _settings = settings;
        Account = account;
        Project = project;
    }

    /// <summary>The account whose per-user quotas the calls draw on.</summary>
    public string Account { get; }

    /// <summary>The project whose per-project quotas the calls draw on.</summary>
    public string Project { get; }

    /// <inheritdoc/>
    public IReadOnlyList<QuotaCharge> ChargesOf(QuotaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Rest(request.Path) is not { } rest)
        {
            return [];
        }

        var (units, mutation) = Units(request, rest);
        var charges = new List<QuotaCharge>();
        foreach (var (metric, n) in units)
        {
            var (perUser, perProject, window) = LimitOf(metric);
            if (perUser > 0)
            {
                charges.Add(new QuotaCharge(QuotaKeys.GoogleUser(Account, metric), QuotaLimit.Rate(perUser, window), n));
            }

            if (perProject > 0)
            {
                charges.Add(new QuotaCharge(QuotaKeys.GoogleProject(Project, metric), QuotaLimit.Rate(perProject, window), n));
            }
        }

        if (mutation && _settings.Google.MutationsInFlightPerUser > 0)
        {
            charges.Add(new QuotaCharge(QuotaKeys.GoogleMutationsInFlight(Account), QuotaLimit.Concurrency(_settings.Google.MutationsInFlightPerUser), 1));
        }

        return charges;
    }

    /// <inheritdoc/>
    public async ValueTask<QuotaFeedback> ReadFeedbackAsync(HttpResponseMessage response, IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(charges);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return QuotaFeedback.None;
        }

        var limitName = await GoogleRefusal.QuotaLimitNameAsync(response, cancellationToken).ConfigureAwait(false);
        return new QuotaFeedback(GoogleRefusal.Blame(limitName, charges, Account, Project), []);
    }

    /// <summary>The path after <c>/v1/</c>, unescaped; null for calls outside the API (OAuth).</summary>
    private static string? Rest(string path)
    {
        var root = path.IndexOf(ApiRoot, StringComparison.Ordinal);
        return root < 0 ? null : Uri.UnescapeDataString(path[(root + ApiRoot.Length)..]);
    }

    private (IReadOnlyList<(GoogleQuotaMetric Metric, long Units)> Units, bool Mutation) Units(QuotaRequest request, string rest)
    {
        var google = _settings.Google;
        var method = request.Method.ToUpperInvariant();
        var groups = rest.StartsWith("contactGroups", StringComparison.Ordinal);
        return (method, rest) switch
        {
            ("GET", "people/me/connections") when FullSyncFirstPage(request) =>
                ([(GoogleQuotaMetric.CriticalReads, 1), (GoogleQuotaMetric.FullSyncFirstPages, 1)], false),
            ("POST", "people:createContact") => (Mutation(1, 1), true),
            ("POST", "people:batchCreateContacts" or "people:batchUpdateContacts") => (Mutation(google.BatchMutationUnits, request.Records), true),
            ("POST", "people:batchDeleteContacts") => ([(GoogleQuotaMetric.DeletesAndGroupWrites, google.BatchDeleteUnits)], true),
            ("PATCH", _) when rest.EndsWith(":updateContact", StringComparison.Ordinal) => (Mutation(1, 1), true),
            ("DELETE", _) when rest.StartsWith("people/", StringComparison.Ordinal) => ([(GoogleQuotaMetric.DeletesAndGroupWrites, 1)], true),
            ("GET", _) when groups => ([(GoogleQuotaMetric.GroupReads, 1)], false),
            (_, _) when groups => ([(GoogleQuotaMetric.DeletesAndGroupWrites, 1)], true),
            _ => ([(GoogleQuotaMetric.CriticalReads, 1)], false),
        };
    }

    private static (GoogleQuotaMetric, long)[] Mutation(long units, long contacts) =>
        [(GoogleQuotaMetric.CriticalReads, units), (GoogleQuotaMetric.CriticalWrites, units), (GoogleQuotaMetric.ContactWrites, Math.Max(1, contacts))];

    /// <summary>connections.list with requestSyncToken, without syncToken and pageToken: the first page of a full sync.</summary>
    private static bool FullSyncFirstPage(QuotaRequest request) =>
        string.Equals(request.QueryValue("requestSyncToken"), "true", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrEmpty(request.QueryValue("syncToken"))
        && string.IsNullOrEmpty(request.QueryValue("pageToken"));

    private (int PerUser, int PerProject, TimeSpan Window) LimitOf(GoogleQuotaMetric metric)
    {
        var g = _settings.Google;
        var minute = _settings.Scaled(TimeSpan.FromMinutes(1));
        return metric switch
        {
            GoogleQuotaMetric.CriticalReads => (g.CriticalReadsPerUser, g.CriticalReadsPerProject, minute),
            GoogleQuotaMetric.CriticalWrites => (g.CriticalWritesPerUser, g.CriticalWritesPerProject, minute),
            GoogleQuotaMetric.GroupReads => (g.GroupReadsPerUser, g.GroupReadsPerProject, minute),
            GoogleQuotaMetric.DeletesAndGroupWrites => (g.DeletesAndGroupWritesPerUser, g.DeletesAndGroupWritesPerProject, minute),
            GoogleQuotaMetric.FullSyncFirstPages => (g.FullSyncFirstPagesPerUser, 0, minute),
            _ => (g.ContactWritesPerUserPerDay, 0, _settings.Scaled(TimeSpan.FromDays(1))),
        };
    }
}
