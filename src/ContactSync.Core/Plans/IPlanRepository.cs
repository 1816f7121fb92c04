namespace ContactSync.Core.Plans;

/// <summary>Stores sync plans. Implemented by ContactSync.Storage; plan names are unique case-insensitively.</summary>
public interface IPlanRepository
{
    /// <summary>Reads a plan by id.</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or <see langword="null"/> when there is none with that id.</returns>
    Task<StoredSyncPlan?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads a plan by its name, case-insensitively.</summary>
    /// <param name="name">The plan name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or <see langword="null"/> when there is none with that name.</returns>
    Task<StoredSyncPlan?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Whether another plan already uses a name (case-insensitively).</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="exceptId">A plan id to ignore (the plan being replaced), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when the name is taken.</returns>
    Task<bool> NameExistsAsync(string name, string? exceptId, CancellationToken cancellationToken);

    /// <summary>Reads one page of plans ordered by name, then id.</summary>
    /// <param name="crmUserId">Only the plans of this CRM user, or <see langword="null"/> for all.</param>
    /// <param name="pageSize">The most plans to return (at least 1).</param>
    /// <param name="after">Where to continue, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    Task<PlanPage> ListAsync(string? crmUserId, int pageSize, PlanListCursor? after, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a plan of another CRM user uses a Google group of the same account. A plan whose account is "" (the
    /// connection's default account) counts as being on every account, so the answer errs on the side of "used".
    /// </summary>
    /// <param name="googleGroup">The group's resource name.</param>
    /// <param name="googleAccount">The account the group belongs to ("" for the connection's default account).</param>
    /// <param name="crmUserId">The CRM user whose plans do not count.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when a plan of another CRM user names the group in that account.</returns>
    Task<bool> GoogleGroupUsedByOtherUserAsync(string googleGroup, string googleAccount, string crmUserId, CancellationToken cancellationToken);

    /// <summary>Whether an admin assigned a Google account to a plan of the CRM user.</summary>
    /// <param name="googleAccount">The account (lower case).</param>
    /// <param name="crmUserId">The CRM user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when one of the user's plans has that account with <see cref="StoredSyncPlan.GoogleAccountAssigned"/>.</returns>
    Task<bool> GoogleAccountAssignedToUserAsync(string googleAccount, string crmUserId, CancellationToken cancellationToken);

    /// <summary>Stores a new plan at version 1.</summary>
    /// <param name="definition">A validated definition.</param>
    /// <param name="assignments">What an admin key gave the plan (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>, <see cref="StoredSyncPlan.GoogleAccountAssigned"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored plan with its new id.</returns>
    /// <exception cref="ValidationFailedException">The name was taken meanwhile (<c>plan.name</c>).</exception>
    Task<StoredSyncPlan> CreateAsync(SyncPlanDefinition definition, PlanAssignments assignments, CancellationToken cancellationToken);

    /// <summary>Replaces a plan's definition if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="definition">A validated definition.</param>
    /// <param name="assignments">What an admin key gave the plan (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>, <see cref="StoredSyncPlan.GoogleAccountAssigned"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored plan with its incremented version, or <see langword="null"/> when there is no such plan.</returns>
    /// <exception cref="VersionConflictException">The plan is at another version.</exception>
    /// <exception cref="ValidationFailedException">The name was taken meanwhile (<c>plan.name</c>).</exception>
    Task<StoredSyncPlan?> UpdateAsync(string id, long expectedVersion, SyncPlanDefinition definition, PlanAssignments assignments, CancellationToken cancellationToken);

    /// <summary>Deletes a plan, if it is still at <paramref name="expectedVersion"/> (0 = any version).</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="expectedVersion">The version the caller read, or 0.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The deleted plan, or <see langword="null"/> when there is no such plan.</returns>
    /// <exception cref="VersionConflictException">The plan is at another version.</exception>
    Task<StoredSyncPlan?> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken);
}
