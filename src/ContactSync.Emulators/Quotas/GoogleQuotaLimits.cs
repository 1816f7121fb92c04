namespace ContactSync.Emulators.Quotas;

/// <summary>
/// Google People API quotas, per minute unless said otherwise; 0 = not enforced. Google publishes no official table for the
/// People API: the per-user figures of <see cref="ReportedDefaults"/> are the third-party ones quoted in
/// /work/shared/reference/google-people-api.md §4 (critical reads 60, critical writes 30, group reads 90, deletes and
/// group writes 30 per minute per user; 100,000 contact writes a day). Per-project figures are not published at all, so
/// they are settings without a default.
/// </summary>
public sealed record GoogleQuotaLimits
{
    /// <summary>No limits (the default of the emulators).</summary>
    public static readonly GoogleQuotaLimits Unlimited = new();

    /// <summary>The reported (unofficial) per-user defaults; no per-project limits.</summary>
    public static readonly GoogleQuotaLimits ReportedDefaults = new()
    {
        CriticalReadsPerUser = 60,
        CriticalWritesPerUser = 30,
        GroupReadsPerUser = 90,
        DeletesAndGroupWritesPerUser = 30,
        FullSyncFirstPagesPerUser = 10,
        ContactWritesPerUserPerDay = 100_000,
    };

    /// <summary>Critical reads (contact and profile reads: list, get, batchGet, search; mutations read too) per user.</summary>
    public int CriticalReadsPerUser { get; init; }

    /// <summary>Critical writes (creates and updates, single or batch) per user.</summary>
    public int CriticalWritesPerUser { get; init; }

    /// <summary>Contact-group reads per user.</summary>
    public int GroupReadsPerUser { get; init; }

    /// <summary>Deletes and contact-group writes (create, update, delete, members:modify) per user.</summary>
    public int DeletesAndGroupWritesPerUser { get; init; }

    /// <summary>
    /// First pages of full syncs (connections.list with requestSyncToken, without syncToken and pageToken) per user. Google
    /// documents "an additional quota … fixed and can not be increased" without its size: 10 here is an assumption.
    /// </summary>
    public int FullSyncFirstPagesPerUser { get; init; }

    /// <summary>Contacts written (each contact of a batch counts) per user per day.</summary>
    public int ContactWritesPerUserPerDay { get; init; }

    /// <summary>Critical reads per project (all users together).</summary>
    public int CriticalReadsPerProject { get; init; }

    /// <summary>Critical writes per project.</summary>
    public int CriticalWritesPerProject { get; init; }

    /// <summary>Contact-group reads per project.</summary>
    public int GroupReadsPerProject { get; init; }

    /// <summary>Deletes and contact-group writes per project.</summary>
    public int DeletesAndGroupWritesPerProject { get; init; }

    /// <summary>
    /// Units a batch create or update (up to 200 contacts) costs in critical reads and in critical writes. The figure 6 is
    /// from a third-party quote of Google's guide (a single create/update costs 1 of each).
    /// </summary>
    public int BatchMutationUnits { get; init; } = 6;

    /// <summary>Units a batch delete costs in deletes (third-party quote: 10).</summary>
    public int BatchDeleteUnits { get; init; } = 10;
}
