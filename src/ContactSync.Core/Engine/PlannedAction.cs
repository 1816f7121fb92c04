namespace ContactSync.Core.Engine;

/// <summary>What the run does to one record.</summary>
public enum PlannedAction
{
    /// <summary>Create on the target side.</summary>
    Create,

    /// <summary>Update mapped fields on the target side.</summary>
    Update,

    /// <summary>Delete on the target side.</summary>
    Delete,

    /// <summary>Quarantine on the target side.</summary>
    Quarantine,

    /// <summary>Pair two existing records.</summary>
    Link,

    /// <summary>Detach a pair and keep both records.</summary>
    Unlink,

    /// <summary>Add the Google contact to the plan's group.</summary>
    AddToGroup,

    /// <summary>Cannot be synced; see the reason.</summary>
    Skip,
}
