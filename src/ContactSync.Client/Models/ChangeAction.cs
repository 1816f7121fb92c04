namespace ContactSync.Client.Models;

/// <summary>What a run does (or would do) to one record.</summary>
public enum ChangeAction
{
    /// <summary>Not reported.</summary>
    Unknown = 0,

    /// <summary>Create the record on the target side.</summary>
    Create = 1,

    /// <summary>Update mapped fields on the target side.</summary>
    Update = 2,

    /// <summary>Delete the record on the target side.</summary>
    Delete = 3,

    /// <summary>Move the record to quarantine.</summary>
    Quarantine = 4,

    /// <summary>Pair two existing records.</summary>
    Link = 5,

    /// <summary>Drop the pair's link and keep both records.</summary>
    Unlink = 6,

    /// <summary>Add the Google contact to the plan's group.</summary>
    AddToGroup = 7,

    /// <summary>The record cannot be synced; see the reason.</summary>
    Skip = 8,
}
