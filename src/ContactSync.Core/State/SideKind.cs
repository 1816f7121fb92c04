namespace ContactSync.Core.State;

/// <summary>One side of a sync.</summary>
public enum SideKind
{
    /// <summary>Zoho CRM.</summary>
    Crm,

    /// <summary>Google Contacts.</summary>
    Google,
}
