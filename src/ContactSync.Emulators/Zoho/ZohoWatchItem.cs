namespace ContactSync.Emulators.Zoho;

/// <summary>One parsed and checked item of a Watch API request body (<c>{"watch":[item, ...]}</c>).</summary>
/// <param name="ChannelId">channel_id (mandatory).</param>
/// <param name="Events">events (mandatory).</param>
/// <param name="NotifyUrl">notify_url (mandatory except when disabling events).</param>
/// <param name="Token">token, or null.</param>
/// <param name="HasToken">The item carried a token key.</param>
/// <param name="Expiry">The expiry the channel gets: the given one, or one hour from now when omitted or too far.</param>
/// <param name="NotifyOnRelatedAction">notify_on_related_action, or null when absent.</param>
/// <param name="ReturnAffectedFieldValues">return_affected_field_values, or null when absent.</param>
/// <param name="Condition">notification_condition, or null.</param>
/// <param name="HasCondition">The item carried a notification_condition key.</param>
/// <param name="DeleteEvents"><c>"_delete_events": true</c> (PATCH: disable these events).</param>
internal sealed record ZohoWatchItem(
    long ChannelId,
    ZohoRecordEvent Events,
    string? NotifyUrl,
    string? Token,
    bool HasToken,
    DateTimeOffset Expiry,
    bool? NotifyOnRelatedAction,
    bool? ReturnAffectedFieldValues,
    ZohoNotificationCondition? Condition,
    bool HasCondition,
    bool DeleteEvents);
