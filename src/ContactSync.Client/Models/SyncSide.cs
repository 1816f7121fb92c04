namespace ContactSync.Client.Models;

/// <summary>One side of a sync.</summary>
public enum SyncSide
{
    /// <summary>Not reported.</summary>
    Unknown = 0,

    /// <summary>Zoho CRM.</summary>
    Crm = 1,

    /// <summary>Google Contacts.</summary>
    Google = 2,
}
