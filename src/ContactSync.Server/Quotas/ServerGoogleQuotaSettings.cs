using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Section <c>ContactSync:Quotas:Google</c>: the People API quotas per minute (absent: the reported per-user defaults of
/// <see cref="GoogleQuotaSettings.ReportedDefaults"/>; 0: not paced). Per-project figures have no default: set them from the
/// Cloud console of the connection's project.
/// </summary>
internal sealed class ServerGoogleQuotaSettings
{
    /// <summary>The Cloud project's name in quota keys (any stable name). Default "default".</summary>
    public string Project { get; set; } = "default";

    /// <summary>Critical reads per user per minute (default 60).</summary>
    public int? CriticalReadsPerUser { get; set; }

    /// <summary>Critical writes per user per minute (default 30).</summary>
    public int? CriticalWritesPerUser { get; set; }

    /// <summary>Contact-group reads per user per minute (default 90).</summary>
    public int? GroupReadsPerUser { get; set; }

    /// <summary>Deletes and contact-group writes per user per minute (default 30).</summary>
    public int? DeletesAndGroupWritesPerUser { get; set; }

    /// <summary>First pages of full syncs per user per minute (default 10, an assumption).</summary>
    public int? FullSyncFirstPagesPerUser { get; set; }

    /// <summary>Contacts written per user per day (default 100,000).</summary>
    public int? ContactWritesPerUserPerDay { get; set; }

    /// <summary>Critical reads per project per minute (default: not paced).</summary>
    public int CriticalReadsPerProject { get; set; }

    /// <summary>Critical writes per project per minute (default: not paced).</summary>
    public int CriticalWritesPerProject { get; set; }

    /// <summary>Contact-group reads per project per minute (default: not paced).</summary>
    public int GroupReadsPerProject { get; set; }

    /// <summary>Deletes and contact-group writes per project per minute (default: not paced).</summary>
    public int DeletesAndGroupWritesPerProject { get; set; }

    /// <summary>Units of a batch create or update (default 6).</summary>
    public int? BatchMutationUnits { get; set; }

    /// <summary>Units of a batch delete (default 10).</summary>
    public int? BatchDeleteUnits { get; set; }

    /// <summary>Mutations of one user in flight (default 1: Google asks for sequential mutations per user).</summary>
    public int? MutationsInFlightPerUser { get; set; }

    /// <summary>The pacing library's Google settings.</summary>
    public GoogleQuotaSettings ToGoogleSettings()
    {
        var d = GoogleQuotaSettings.ReportedDefaults;
        return d with
        {
            CriticalReadsPerUser = CriticalReadsPerUser ?? d.CriticalReadsPerUser,
            CriticalWritesPerUser = CriticalWritesPerUser ?? d.CriticalWritesPerUser,
            GroupReadsPerUser = GroupReadsPerUser ?? d.GroupReadsPerUser,
            DeletesAndGroupWritesPerUser = DeletesAndGroupWritesPerUser ?? d.DeletesAndGroupWritesPerUser,
            FullSyncFirstPagesPerUser = FullSyncFirstPagesPerUser ?? d.FullSyncFirstPagesPerUser,
            ContactWritesPerUserPerDay = ContactWritesPerUserPerDay ?? d.ContactWritesPerUserPerDay,
            CriticalReadsPerProject = CriticalReadsPerProject,
            CriticalWritesPerProject = CriticalWritesPerProject,
            GroupReadsPerProject = GroupReadsPerProject,
            DeletesAndGroupWritesPerProject = DeletesAndGroupWritesPerProject,
            BatchMutationUnits = BatchMutationUnits ?? d.BatchMutationUnits,
            BatchDeleteUnits = BatchDeleteUnits ?? d.BatchDeleteUnits,
            MutationsInFlightPerUser = MutationsInFlightPerUser ?? d.MutationsInFlightPerUser,
        };
    }
}
