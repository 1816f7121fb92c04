namespace ContactSync.Emulators.Zoho;

/// <summary>A callback to POST: its target, its body and what the delivery log records about it.</summary>
internal sealed record ZohoOutgoingNotification(
    long ChannelId,
    string Url,
    string Operation,
    IReadOnlyList<string> Ids,
    string Body,
    int Attempt = 1,
    bool Late = false,
    bool Duplicate = false);
