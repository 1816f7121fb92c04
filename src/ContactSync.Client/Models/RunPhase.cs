namespace ContactSync.Client.Models;

/// <summary>The step a run is in.</summary>
public enum RunPhase
{
    /// <summary>Not reported.</summary>
    Unknown = 0,

    /// <summary>Waiting for the plan's lease.</summary>
    Queued = 1,

    /// <summary>Reading changes from Zoho CRM.</summary>
    ReadingCrm = 2,

    /// <summary>Reading changes from Google Contacts.</summary>
    ReadingGoogle = 3,

    /// <summary>Matching records and planning actions.</summary>
    Planning = 4,

    /// <summary>Writing to Google Contacts.</summary>
    WritingGoogle = 5,

    /// <summary>Writing to Zoho CRM.</summary>
    WritingCrm = 6,

    /// <summary>Persisting cursors and the run record.</summary>
    Finishing = 7,

    /// <summary>The run has ended.</summary>
    Done = 8,
}
