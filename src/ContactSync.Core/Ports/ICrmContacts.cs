namespace ContactSync.Core.Ports;

/// <summary>The CRM side of one plan: reads are scoped to the plan's view and visible to the plan's CRM user.</summary>
public interface ICrmContacts
{
    /// <summary>The largest batch one write call accepts (Zoho: 100).</summary>
    int MaxBatchSize { get; }

    /// <summary>
    /// Reads contacts in scope modified after <paramref name="modifiedSince"/> (all when null), page by page, and tells
    /// <paramref name="clock"/> the CRM's time of the first response.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadAsync(DateTimeOffset? modifiedSince, CrmReadClock clock, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the contacts with these ids that are in scope (the plan's view) and visible to the plan's user, page by page,
    /// and tells <paramref name="clock"/> the CRM's time of the first response; ids not found or out of scope are left out.
    /// For targeted runs (<see cref="Engine.SyncRunRequest.CrmIds"/>): the ids are a hint, the records are read again.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadByIdsAsync(IReadOnlyList<string> ids, CrmReadClock clock, CancellationToken cancellationToken);

    /// <summary>Reads the contacts with these ids (for retries of failed records); missing ids are left out.</summary>
    Task<IReadOnlyList<CrmContact>> GetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Finds contacts the plan's user can see that an interrupted create may have made: by email when it has one, else by
    /// last and first name (Zoho search). Used only to settle write-ahead intents after a crash.
    /// </summary>
    Task<IReadOnlyList<CrmContact>> SearchAsync(State.PendingCrmCreate intent, CancellationToken cancellationToken);

    /// <summary>
    /// After creates with an unknown outcome: the records those writes made, found by a read that sees every applied write
    /// (never a search index that may lag). One entry per write, in order; null where nothing was made.
    /// </summary>
    Task<IReadOnlyList<CrmContact?>> FindCreatedAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken);

    /// <summary>Reads contacts deleted at or after <paramref name="deletedSince"/>, page by page.</summary>
    IAsyncEnumerable<IReadOnlyList<CrmDeletion>> ReadDeletedAsync(DateTimeOffset deletedSince, CancellationToken cancellationToken);

    /// <summary>
    /// Creates contacts (at most <see cref="MaxBatchSize"/>), one outcome per write in order. A create the CRM may or may not
    /// have applied gets <see cref="WriteOutcome.UnknownOutcome"/> and is never sent again by the adapter.
    /// </summary>
    Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken);

    /// <summary>Updates contacts (at most <see cref="MaxBatchSize"/>), one outcome per write in order.</summary>
    Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes contacts (at most <see cref="MaxBatchSize"/>); outcome keys are the ids. An unknown outcome is settled by the adapter.</summary>
    Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Moves contacts to quarantine (the tag "ContactSync trash"); outcome keys are the ids.</summary>
    Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);
}
