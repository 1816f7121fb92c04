namespace ContactSync.Http.Quotas;

/// <summary>
/// The People API quotas ContactSync paces by, per minute unless said otherwise; 0 = not paced. Google publishes no official
/// table: the per-user defaults (<see cref="ReportedDefaults"/>) are the third-party figures quoted in
/// /work/shared/reference/google-people-api.md §4 and peers-and-limits.md (critical reads 60, critical writes 30, group reads 90,
/// deletes and group writes 30 per minute per user; 100,000 contact writes a day; a batch create/update of up to 200 costs 6
/// critical reads + 6 critical writes + one daily write per contact; a batch delete 10). Per-project figures are not published,
/// so they have no default: set them from the Cloud console of the project the connection uses.
/// </summary>
public sealed record GoogleQuotaSettings
{
    /// <summary>Nothing paced.</summary>
    public static readonly GoogleQuotaSettings Unlimited = new() { MutationsInFlightPerUser = 0 };

    /// <summary>The reported (unofficial) per-user defaults; no per-project limits.</summary>
    public static readonly GoogleQuotaSettings ReportedDefaults = new()
    {
        CriticalReadsPerUser = 60,
        CriticalWritesPerUser = 30,
        GroupReadsPerUser = 90,
        DeletesAndGroupWritesPerUser = 30,
        FullSyncFirstPagesPerUser = 10,
        ContactWritesPerUserPerDay = 100_000,
    };

    /// <summary>Critical reads per user per minute.</summary>
    public int CriticalReadsPerUser { get; init; }

    /// <summary>Critical writes per user per minute.</summary>
    public int CriticalWritesPerUser { get; init; }

    /// <summary>Contact-group reads per user per minute.</summary>
    public int GroupReadsPerUser { get; init; }

    /// <summary>Deletes and contact-group writes per user per minute.</summary>
    public int DeletesAndGroupWritesPerUser { get; init; }

    /// <summary>
    /// First pages of full syncs per user per minute. Google documents the extra quota as "fixed and can not be increased"
    /// without its size: 10 is an assumption, kept equal to the bundled emulator's setting.
    /// </summary>
    public int FullSyncFirstPagesPerUser { get; init; }

    /// <summary>Contacts written per user per day (each contact of a batch counts).</summary>
    public int ContactWritesPerUserPerDay { get; init; }

    /// <summary>Critical reads per project per minute (all users together; not published, no default).</summary>
    public int CriticalReadsPerProject { get; init; }

    /// <summary>Critical writes per project per minute.</summary>
    public int CriticalWritesPerProject { get; init; }

    /// <summary>Contact-group reads per project per minute.</summary>
    public int GroupReadsPerProject { get; init; }

    /// <summary>Deletes and contact-group writes per project per minute.</summary>
    public int DeletesAndGroupWritesPerProject { get; init; }

    /// <summary>Units a batch create or update (up to 200 contacts) takes in critical reads and in critical writes (reported: 6).</summary>
    public int BatchMutationUnits { get; init; } = 6;

    /// <summary>Units a batch delete takes in deletes and group writes (reported: 10).</summary>
    public int BatchDeleteUnits { get; init; } = 10;

    /// <summary>
    /// Mutations (creates, updates, deletes, group writes) of one user in flight at once. Google's reference says on every
    /// mutate method "Mutate requests for the same user should be sent sequentially", hence 1; 0 = not limited.
    /// </summary>
    public int MutationsInFlightPerUser { get; init; } = 1;
}
