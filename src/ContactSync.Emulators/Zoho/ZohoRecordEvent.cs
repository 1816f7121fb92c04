namespace ContactSync.Emulators.Zoho;

/// <summary>Record events of the Watch API (<c>Contacts.create|edit|delete</c>; <c>all</c> is the three together).</summary>
[Flags]
internal enum ZohoRecordEvent
{
    None = 0,
    Create = 1,
    Edit = 2,
    Delete = 4,
    All = Create | Edit | Delete,
}
