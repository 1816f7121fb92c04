namespace ContactSync.Emulators.Zoho;

/// <summary>A live Watch channel as tests see it.</summary>
/// <param name="ChannelId">The subscriber's channel id.</param>
/// <param name="NotifyUrl">Where callbacks are POSTed.</param>
/// <param name="Token">The token echoed in every callback (null when none was given).</param>
/// <param name="Events">Subscribed events, e.g. "Contacts.edit".</param>
/// <param name="Expiry">When the channel stops delivering.</param>
/// <param name="NotifyOnRelatedAction">Stored and echoed only: the emulator has no related records.</param>
/// <param name="ReturnAffectedFieldValues">Callbacks carry <c>affected_values</c>.</param>
/// <param name="HasCondition">A <c>notification_condition</c> limits edit callbacks to some fields.</param>
public sealed record ZohoWatchChannelInfo(
    long ChannelId,
    string NotifyUrl,
    string? Token,
    IReadOnlyList<string> Events,
    DateTimeOffset Expiry,
    bool NotifyOnRelatedAction,
    bool ReturnAffectedFieldValues,
    bool HasCondition);
