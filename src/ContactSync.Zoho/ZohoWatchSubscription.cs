namespace ContactSync.Zoho;

/// <summary>
/// A Watch channel of the Contacts module as ContactSync asks for it (<c>/crm/v8/actions/watch</c>, reference
/// zoho-crm-api.md §6): every event (<c>Contacts.all</c>), <c>notify_on_related_action</c> off (related records do not
/// change a contact's fields), <c>return_affected_field_values</c> off (the callback is only a hint: the records are read
/// again, so no field value needs to travel in it).
/// </summary>
/// <param name="ChannelId">The subscriber's channel id (a positive number).</param>
/// <param name="NotifyUrl">Where Zoho POSTs the callbacks.</param>
/// <param name="Token">Echoed in every callback (at most 50 characters), to tell genuine callbacks from forged ones.</param>
/// <param name="Expiry">When the channel ends (at most a week ahead; Zoho gives one hour when it is further).</param>
/// <param name="ConditionFields">
/// When given, edits are notified only when one of these fields changed (<c>notification_condition</c>, a field selection
/// of at most <see cref="ZohoCrmClient.MaxWatchConditionFields"/> fields joined by "or"); creates and deletes always are.
/// </param>
public sealed record ZohoWatchSubscription(long ChannelId, string NotifyUrl, string Token, DateTimeOffset Expiry, IReadOnlyList<string>? ConditionFields);
