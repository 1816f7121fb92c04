namespace ContactSync.Http.Quotas;

/// <summary>The People API quotas a call can draw on (see <see cref="GoogleQuotaSettings"/> for the sources).</summary>
public enum GoogleQuotaMetric
{
    /// <summary>Critical reads: contact and profile reads (list, get, batchGet); creates and updates read too.</summary>
    CriticalReads,

    /// <summary>Critical writes: creates and updates, single or batch.</summary>
    CriticalWrites,

    /// <summary>Contact-group reads.</summary>
    GroupReads,

    /// <summary>Deletes and contact-group writes.</summary>
    DeletesAndGroupWrites,

    /// <summary>First pages of full syncs (connections.list with requestSyncToken, without syncToken and pageToken).</summary>
    FullSyncFirstPages,

    /// <summary>Contacts written per day (each contact of a batch counts).</summary>
    ContactWrites,
}
