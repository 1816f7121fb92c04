namespace ContactSync.Emulators.Zoho;

/// <summary>One Watch channel of the Contacts module (immutable; a change replaces it in <see cref="ZohoWatchChannels"/>).</summary>
/// <param name="Id">The subscriber's channel_id.</param>
/// <param name="NotifyUrl">Where callbacks are POSTed.</param>
/// <param name="Token">Echoed in every callback; null when none was given.</param>
/// <param name="Events">The subscribed events.</param>
/// <param name="Expiry">The channel delivers only before this instant.</param>
/// <param name="NotifyOnRelatedAction">Documented default true. Stored and echoed only: the emulator has no related records.</param>
/// <param name="ReturnAffectedFieldValues">Callbacks carry <c>affected_values</c>.</param>
/// <param name="Condition">Field condition for edits, or null.</param>
/// <param name="ResourceUri">The module's URI as the enabling call saw it (callbacks made later by test helpers reuse it).</param>
internal sealed record ZohoWatchChannel(
    long Id,
    string NotifyUrl,
    string? Token,
    ZohoRecordEvent Events,
    DateTimeOffset Expiry,
    bool NotifyOnRelatedAction,
    bool ReturnAffectedFieldValues,
    ZohoNotificationCondition? Condition,
    string ResourceUri)
{
    /// <summary>Events as the API shows them, in the order of the documented details sample (edit, create, delete).</summary>
    public IReadOnlyList<string> EventNames =>
        new[] { (ZohoRecordEvent.Edit, "Contacts.edit"), (ZohoRecordEvent.Create, "Contacts.create"), (ZohoRecordEvent.Delete, "Contacts.delete") }
            .Where(e => Events.HasFlag(e.Item1))
            .Select(e => e.Item2)
            .ToList();

    public ZohoWatchChannelInfo ToInfo() =>
        new(Id, NotifyUrl, Token, EventNames, Expiry, NotifyOnRelatedAction, ReturnAffectedFieldValues, Condition is not null);
}
