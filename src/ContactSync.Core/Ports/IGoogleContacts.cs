namespace ContactSync.Core.Ports;

/// <summary>The Google side of one plan (one Workspace user's contacts; the plan's group is the scope).</summary>
public interface IGoogleContacts
{
    /// <summary>The largest batch one create or update call accepts (Google: 200).</summary>
    int MaxBatchSize { get; }

    /// <summary>
    /// Reads every contact (syncToken null) or the changes since a sync token, page by page; the last page carries the
    /// next sync token. Throws <see cref="SyncTokenExpiredException"/> when the token is too old.
    /// </summary>
    IAsyncEnumerable<GooglePage> ReadAsync(string? syncToken, CancellationToken cancellationToken);

    /// <summary>Reads the contacts with these resource names; missing ones are left out.</summary>
    Task<IReadOnlyList<GoogleContact>> GetAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken);

    /// <summary>
    /// Creates contacts in the plan's group with the CRM id as cross-reference; one outcome per write in order. A create
    /// Google may or may not have applied gets <see cref="WriteOutcome.UnknownOutcome"/> and is never sent again by the adapter.
    /// Contacts refused because the account holds its maximum number of contacts get <see cref="WriteOutcome.ContactLimit"/>.
    /// </summary>
    Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// Updates contacts (their etag must be current); one outcome per write in order (<see cref="WriteOutcome.StaleEtag"/>,
    /// or <see cref="WriteOutcome.UnknownOutcome"/> when the call may have been applied).
    /// </summary>
    Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken);

    /// <summary>Deletes contacts; outcome keys are the resource names. An unknown outcome is settled by the adapter.</summary>
    Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken);

    /// <summary>Moves contacts out of the plan's group into the "ContactSync trash" group; outcome keys are the resource names.</summary>
    Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken);

    /// <summary>The resource names of the plan's group members: where a create with an unknown outcome would have put its contact.</summary>
    Task<IReadOnlyList<string>> GetGroupMembersAsync(CancellationToken cancellationToken);

    /// <summary>Adds contacts to the plan's group; outcome keys are the resource names.</summary>
    Task<IReadOnlyList<WriteOutcome>> AddToGroupAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken);

    /// <summary>How many contacts the account holds (all groups), or null when the side cannot tell cheaply.</summary>
    Task<long?> CountContactsAsync(CancellationToken cancellationToken) => Task.FromResult<long?>(null);
}
