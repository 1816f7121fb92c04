namespace ContactSync.PowerShell.Cmdlets;

/// <summary>Which fields Get-ContactSyncField returns.</summary>
public enum FieldSide
{
    /// <summary>Both sides.</summary>
    All = 0,

    /// <summary>Zoho CRM Contacts fields.</summary>
    Crm = 1,

    /// <summary>Google People field paths.</summary>
    Google = 2,
}
