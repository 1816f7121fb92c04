namespace ContactSync.Server.Runs;

/// <summary>Settings of runs and the scheduler (section <c>ContactSync:Runs</c>).</summary>
internal sealed class RunSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ContactSync:Runs";

    /// <summary>How long a plan lease lasts without renewal; a crashed server's runs are taken over after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a run's progress is written to the database (and cancel requests from other servers read).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// This server's name in plan leases and the replica list (the host name when empty). Servers sharing a database need
    /// distinct names; a dead server of the same name on this machine is recognised at once, others after their lease expires.
    /// </summary>
    public string ReplicaName { get; set; } = "";

    /// <summary>How often the scheduler looks for due plans.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long after a plan is created or changed the scheduler first runs it, never later than one interval (null, the
    /// default: one interval, time to preview the plan with a dry run). <c>00:00:00</c> runs a new scheduled plan at the
    /// scheduler's next look, e.g. for plans rolled out to an organisation to start their first syncs together.
    /// </summary>
    public TimeSpan? FirstRunDelay { get; set; }

    /// <summary>Whether the scheduler runs in this process.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How long a passed permission check (S10) of a plan's CRM user is reused by later runs.</summary>
    public TimeSpan PermissionCheckReuse { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most contacts one Google account holds, for the warnings of dry runs and Configure and to size the one retry that
    /// fills the room left after Google refused a batch (0 = neither). 25,000 is a third-party figure; Google itself
    /// decides when it refuses creates, and runs stop creating on that refusal.
    /// </summary>
    public int GoogleContactLimit { get; set; } = 25_000;

    /// <summary>The first retry delay after a failed scheduled run; doubled per failure, capped at the plan's interval.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);
}
