using ContactSync.Core.Plans;
using ContactSync.Server.Runs.Scheduling;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Tests.Runs;

/// <summary>When the scheduler runs a plan next, with and without the first-run delay setting.</summary>
public sealed class RunScheduleTests
{
    private static readonly DateTime Saved = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RetryBase = TimeSpan.FromMinutes(1);

    [Fact]
    public void NewPlan_IsFirstDueOneIntervalAfterItWasSaved_ByDefault()
    {
        Assert.Equal(Saved + Interval, RunSchedule.NextRunUtc(Plan(), null, 0, RetryBase));
    }

    [Fact]
    public void NewPlan_WithAFirstRunDelayOfZero_IsDueWhenSaved()
    {
        Assert.Equal(Saved, RunSchedule.NextRunUtc(Plan(), null, 0, RetryBase, TimeSpan.Zero));
        Assert.Equal(Saved + TimeSpan.FromMinutes(2), RunSchedule.NextRunUtc(Plan(), null, 0, RetryBase, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void FirstRunDelay_NeverMakesTheFirstRunLaterThanOneInterval_NorChangesLaterRuns()
    {
        Assert.Equal(Saved + Interval, RunSchedule.NextRunUtc(Plan(), null, 0, RetryBase, TimeSpan.FromHours(1)));

        var ran = new RunRecord { Id = "run_1", PlanId = "pln_1", Trigger = "Scheduled", StartUtc = Saved + TimeSpan.FromSeconds(5), EndUtc = Saved + TimeSpan.FromSeconds(30), Outcome = "Succeeded" };
        Assert.Equal(ran.StartUtc + Interval, RunSchedule.NextRunUtc(Plan(), ran, 0, RetryBase, TimeSpan.Zero));
    }

    private static StoredSyncPlan Plan() => new(
        "pln_1",
        1,
        new SyncPlanDefinition("Plan", "1001", SyncDirection.CrmToGoogle, ConflictWinner.Unspecified, Interval, "5725767000000087501", "contactGroups/abc", [], DeletionPolicy.Keep, 100, 0, 0, true, false, ""),
        Saved,
        Saved);
}
