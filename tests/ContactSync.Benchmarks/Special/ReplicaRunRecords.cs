using ContactSync.Grpc.V1;
using Grpc.Core;
using ContactSyncClient = ContactSync.Grpc.V1.ContactSync.ContactSyncClient;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// The run records of the replicas scenario, read through one server's ListRuns (the replicas share the database, so any
/// replica lists every run), and what they show: first-run waits, runs twice in one interval, takeovers.
/// </summary>
internal static class ReplicaRunRecords
{
    /// <summary>Every run of the server's database (all pages).</summary>
    public static async Task<IReadOnlyList<SyncRun>> ListAsync(ContactSyncClient client, string adminKey, CancellationToken cancellationToken)
    {
        var auth = new Metadata { { "authorization", "Bearer " + adminKey } };
        var runs = new List<SyncRun>();
        var token = "";
        do
        {
            var page = await client.ListRunsAsync(new ListRunsRequest { PageSize = 500, PageToken = token }, auth, cancellationToken: cancellationToken);
            runs.AddRange(page.Runs);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return runs;
    }

    /// <summary>True when every plan has a run and no run of theirs is still going.</summary>
    public static bool AllEnded(IReadOnlyList<SyncRun> runs, IReadOnlyCollection<string> planIds) =>
        runs.All(r => r.Outcome != RunOutcome.Unspecified) && planIds.All(id => runs.Any(r => r.PlanId == id));

    /// <summary>Seconds from each plan's due time to its first run's start (plans without a run left out), sorted.</summary>
    public static IReadOnlyList<double> DueToStart(IReadOnlyList<SyncRun> runs, IReadOnlyDictionary<string, DateTimeOffset> dueOf) =>
        runs.GroupBy(r => r.PlanId)
            .Where(g => dueOf.ContainsKey(g.Key))
            .Select(g => (g.Min(r => r.StartTime.ToDateTimeOffset()) - dueOf[g.Key]).TotalSeconds)
            .Order()
            .ToList();

    /// <summary>
    /// Plans the scheduler ran twice in one interval: two runs with trigger Scheduled started less than
    /// <paramref name="interval"/> apart (a retry of a failed run, trigger Retry, is the back-off doing its job, not a second run).
    /// </summary>
    public static int RanTwice(IReadOnlyList<SyncRun> runs, TimeSpan interval) =>
        runs.Where(r => !r.DryRun && r.Trigger == RunTrigger.Scheduled).GroupBy(r => r.PlanId).Count(g =>
        {
            var starts = g.Select(r => r.StartTime.ToDateTimeOffset()).Order().ToList();
            return starts.Zip(starts.Skip(1)).Any(p => p.Second - p.First < interval);
        });

    /// <summary>
    /// Runs cut off because their server lost the plan's lease or stopped (marked interrupted); the next replica to find
    /// the plan due resumes it. No replica is stopped in the scenario, so each is a lease lost by a live replica.
    /// </summary>
    public static int Takeovers(IReadOnlyList<SyncRun> runs) => runs.Count(r => r.Interrupted);

    /// <summary>Retries of failed runs (trigger Retry).</summary>
    public static int Retries(IReadOnlyList<SyncRun> runs) => runs.Count(r => r.Trigger == RunTrigger.Retry);

    /// <summary>The most frequent messages of the runs that did not succeed, with their counts.</summary>
    public static string Failures(IReadOnlyList<SyncRun> runs) =>
        string.Join("; ", runs.Where(r => r.Outcome != RunOutcome.Succeeded && r.Outcome != RunOutcome.Unspecified)
            .GroupBy(r => r.Outcome + (r.Interrupted ? " (interrupted)" : "") + ": " + (r.Message.Length > 160 ? r.Message[..160] : r.Message))
            .OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Count()} × {g.Key}"));

    /// <summary>API calls per plan as the runs recorded them (CRM + Google, token calls included), sorted.</summary>
    public static IReadOnlyList<long> CallsPerPlan(IReadOnlyList<SyncRun> runs) =>
        runs.Where(r => !r.DryRun).GroupBy(r => r.PlanId)
            .Select(g => g.Sum(r => (long)(r.ApiUsage?.CrmCalls ?? 0) + (r.ApiUsage?.GoogleCalls ?? 0)))
            .Order()
            .ToList();

    /// <summary>The nearest-rank percentile of sorted values (NaN when empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
