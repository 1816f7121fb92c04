namespace ContactSync.Client.Models;

/// <summary>Incremental runs read what changed; full runs reconcile everything in scope.</summary>
public enum RunMode
{
    /// <summary>Read changes since the stored cursors.</summary>
    Incremental = 1,

    /// <summary>Read every contact in scope on both sides.</summary>
    Full = 2,
}
