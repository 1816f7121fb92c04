namespace ContactSync.Server.NearRealTime;

/// <summary>What became of a Zoho callback.</summary>
internal enum NotificationOutcome
{
    /// <summary>Genuine and new: its records wait for a near-real-time run.</summary>
    Accepted,

    /// <summary>Genuine, delivered before: nothing more done.</summary>
    Repeated,

    /// <summary>Unknown channel or wrong token: nothing done.</summary>
    Refused,
}
