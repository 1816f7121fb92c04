namespace ContactSync.Benchmarks.Special;

/// <summary>What one configuration of the replicas scenario measured.</summary>
/// <param name="Configuration">The configuration.</param>
/// <param name="Plans">Plans rolled out.</param>
/// <param name="WallSeconds">From the first plan due to the last run's end (server clocks of one machine).</param>
/// <param name="TotalCalls">API calls of all runs as each recorded them (CRM + Google, token calls included).</param>
/// <param name="MaxPlanCalls">The most calls one plan's runs made.</param>
/// <param name="FloorCallsPerPlan">The floor of one plan's first sync.</param>
/// <param name="DueToStartP95Seconds">95th percentile of a plan's first run start after its due time.</param>
/// <param name="DueToStartMaxSeconds">The longest such wait.</param>
/// <param name="Runs">Run records of the plans (every replica writes into the one database).</param>
/// <param name="NotSucceeded">Runs whose outcome is not Succeeded.</param>
/// <param name="NotRun">Plans without a run by the deadline.</param>
/// <param name="RanTwice">Plans with two runs started less than one interval apart.</param>
/// <param name="Takeovers">Runs resumed by another replica after a lost lease (trigger Retry).</param>
/// <param name="Retries">Retries of failed runs (trigger Retry).</param>
/// <param name="Endpoints">Calls per endpoint the emulators counted after the roll-out returned (for the log).</param>
internal sealed record ReplicaRoundResult(
    ReplicaConfiguration Configuration,
    int Plans,
    double WallSeconds,
    long TotalCalls,
    long MaxPlanCalls,
    int FloorCallsPerPlan,
    double DueToStartP95Seconds,
    double DueToStartMaxSeconds,
    int Runs,
    int NotSucceeded,
    int NotRun,
    int RanTwice,
    int Takeovers,
    int Retries,
    string Endpoints)
{
    public double CallsPerPlan => Plans == 0 ? double.NaN : TotalCalls / (double)Plans;
}
