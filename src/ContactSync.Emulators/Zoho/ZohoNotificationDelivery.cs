namespace ContactSync.Emulators.Zoho;

/// <summary>One entry of the delivery log: a notification dropped, or one attempt to send it, with its outcome.</summary>
/// <param name="ChannelId">The channel it belongs to.</param>
/// <param name="Operation">The callback's <c>operation</c>.</param>
/// <param name="Ids">The callback's <c>ids</c>.</param>
/// <param name="Body">The JSON body sent (or that would have been sent).</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="StatusCode">The receiver's HTTP status, when it answered.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry, ...</param>
/// <param name="Late">It was held back by <see cref="ZohoNotificationFaults.LateProbability"/>.</param>
/// <param name="Duplicate">It is the second copy of a notification sent twice.</param>
/// <param name="At">When the outcome was known, on the emulator's clock.</param>
public sealed record ZohoNotificationDelivery(
    long ChannelId,
    string Operation,
    IReadOnlyList<string> Ids,
    string Body,
    ZohoDeliveryOutcome Outcome,
    int? StatusCode,
    int Attempt,
    bool Late,
    bool Duplicate,
    DateTimeOffset At);
