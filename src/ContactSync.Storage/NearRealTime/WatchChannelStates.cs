namespace ContactSync.Storage.NearRealTime;

/// <summary>The states of a stored Watch channel.</summary>
public static class WatchChannelStates
{
    /// <summary>Stored, not yet confirmed by Zoho (an enable is in flight or failed before Zoho answered).</summary>
    public const string Pending = "Pending";

    /// <summary>Zoho confirmed it; it delivers until its expiry.</summary>
    public const string Active = "Active";

    /// <summary>Zoho refused it, or it could not be reached; it is tried again later.</summary>
    public const string Failed = "Failed";
}
