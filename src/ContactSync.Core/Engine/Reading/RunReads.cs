using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// What a run reads before it plans: the Google changes (and the sync token after them), the CRM deletions since the last
/// run, and from the store what earlier runs left — the records still failing and the write-ahead intents of an interrupted
/// run. All are read at once, so the store's round trips overlap the services' latency.
/// </summary>
internal sealed record RunReads(
    GoogleChanges Changes,
    string? NextSyncToken,
    List<CrmDeletion> CrmDeleted,
    FailingRecords Failing,
    IReadOnlyList<PendingCrmCreate> Intents);
