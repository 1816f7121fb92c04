namespace ContactSync.Core.Plans;

/// <summary>Which way contacts flow for a plan.</summary>
public enum SyncDirection
{
    /// <summary>Not set; a plan with it is invalid.</summary>
    Unspecified,

    /// <summary>Both ways; the conflict winner decides fields changed on both sides.</summary>
    Bidirectional,

    /// <summary>Zoho CRM is the source; only Google is written.</summary>
    CrmToGoogle,

    /// <summary>Google Contacts is the source; only the CRM is written.</summary>
    GoogleToCrm,
}
