namespace ContactSync.Client.Models;

/// <summary>Which way contacts flow for a plan.</summary>
public enum SyncDirection
{
    /// <summary>Changes flow both ways; the conflict winner decides fields changed on both sides.</summary>
    Bidirectional = 1,

    /// <summary>Zoho CRM is the source; only Google is written.</summary>
    CrmToGoogle = 2,

    /// <summary>Google Contacts is the source; only the CRM is written.</summary>
    GoogleToCrm = 3,
}
