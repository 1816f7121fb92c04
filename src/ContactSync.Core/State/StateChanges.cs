namespace ContactSync.Core.State;

/// <summary>Everything one applied batch changes in a plan's state; the store commits it atomically.</summary>
public sealed class StateChanges
{
    /// <summary>Links to insert or replace (keyed by CRM id; a link also replaces any link of its Google contact).</summary>
    public List<SyncLink> UpsertLinks { get; } = [];

    /// <summary>CRM ids whose links are removed.</summary>
    public List<string> RemoveLinksByCrmId { get; } = [];

    /// <summary>Seen records to insert or replace.</summary>
    public List<SeenRecord> UpsertSeen { get; } = [];

    /// <summary>Seen records to remove (deleted records).</summary>
    public List<(SideKind Side, string Id)> RemoveSeen { get; } = [];

    /// <summary>Failures to record (replacing an earlier failure of the same record, retries counted up).</summary>
    public List<RecordFailure> Failures { get; } = [];

    /// <summary>Field notes of this batch (<see cref="RecordFailure.Note"/>): listed with the run's errors, never retried.</summary>
    public List<RecordFailure> Notes { get; } = [];

    /// <summary>Pairs whose earlier failures are resolved: failures naming this CRM id or Google resource name are removed.</summary>
    public List<(string CrmId, string GoogleResourceName)> ResolvedFailures { get; } = [];

    /// <summary>Write-ahead intents to add.</summary>
    public List<PendingCrmCreate> AddPending { get; } = [];

    /// <summary>Intents that are settled (linked or failed).</summary>
    public List<string> RemovePending { get; } = [];

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty =>
        UpsertLinks.Count == 0 && RemoveLinksByCrmId.Count == 0 && UpsertSeen.Count == 0 && RemoveSeen.Count == 0 &&
        Failures.Count == 0 && Notes.Count == 0 && ResolvedFailures.Count == 0 && AddPending.Count == 0 && RemovePending.Count == 0;
}
