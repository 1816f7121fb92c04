namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Settings of the Zoho CRM emulator's Watch API (<c>/crm/v8/actions/watch</c>) and of its notification delivery.
/// Documented facts (reference zoho-crm-api.md §6; v7/v8 "Enable Notifications" pages) are constants in the code: token
/// ≤ 50 characters, channel_expiry at most one week and one hour when omitted or too far. Everything here is where
/// Zoho's documents are silent, so it is a setting, with the choice made by default named on each member.
/// </summary>
public sealed record ZohoWatchOptions
{
    /// <summary>
    /// Most live channels in the org; 0 = no limit (the default: Zoho documents no channel limit). Past it an enable
    /// gets the per-item error LIMIT_EXCEEDED (code UNVERIFIED).
    /// </summary>
    public int MaxChannels { get; init; }

    /// <summary>The callback's <c>operation</c> for a created record: "insert", as in the documented sample callback.</summary>
    public string InsertOperation { get; init; } = "insert";

    /// <summary>The callback's <c>operation</c> for an edited record. UNVERIFIED: no document shows it; "update" is a guess.</summary>
    public string UpdateOperation { get; init; } = "update";

    /// <summary>The callback's <c>operation</c> for a deleted record. UNVERIFIED: no document shows it; "delete" is a guess.</summary>
    public string DeleteOperation { get; init; } = "delete";

    /// <summary>
    /// Zero (default): one callback per change and channel, a change being one API call (all the records it wrote with
    /// the same operation share the callback's <c>ids</c>, as the array suggests) or one test-helper call. Above zero:
    /// the changes of one channel and operation within this window after the first one become a single callback. The
    /// documents do not say how Zoho batches, so this is a setting. Runs on the emulator's <see cref="TimeProvider"/>.
    /// </summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Further attempts after the receiver answers non-2xx, or cannot be reached. The documents do not say that Zoho
    /// retries, so the default is 0 (a failed delivery is lost).
    /// </summary>
    public int Retries { get; init; }

    /// <summary>Wait before each further attempt (see <see cref="Retries"/>), on the emulator's <see cref="TimeProvider"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one delivery may take before it counts as failed (real time: an HTTP client timeout).</summary>
    public TimeSpan DeliveryTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// True (default): an edit's callback lists the changed fields per record in <c>affected_fields</c> as
    /// <c>[{"&lt;record id&gt;":["Email","Phone"]}]</c>. The documents describe the key ("the updated or modified fields")
    /// but show it only empty, for an insert; the shape is UNVERIFIED. False: always <c>[]</c>.
    /// </summary>
    public bool AffectedFieldsOnEdit { get; init; } = true;

    /// <summary>Faults of the delivery (none by default); can be changed while running, see <see cref="ZohoNotifications.Faults"/>.</summary>
    public ZohoNotificationFaults Faults { get; init; } = ZohoNotificationFaults.None;

    internal string OperationOf(ZohoRecordEvent kind) => kind switch
    {
        ZohoRecordEvent.Create => InsertOperation,
        ZohoRecordEvent.Edit => UpdateOperation,
        _ => DeleteOperation,
    };
}
