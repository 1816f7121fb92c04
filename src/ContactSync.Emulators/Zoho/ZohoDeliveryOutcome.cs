namespace ContactSync.Emulators.Zoho;

/// <summary>What became of one notification (or of one attempt to send it).</summary>
public enum ZohoDeliveryOutcome
{
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>The receiver answered something else (the status is kept).</summary>
    Rejected,

    /// <summary>The receiver could not be reached, or did not answer in time.</summary>
    Failed,

    /// <summary>Never sent: dropped by <see cref="ZohoNotificationFaults.DropProbability"/>.</summary>
    Dropped,
}
