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

    /// <summary>Whether a plan of another CRM user uses a Google group.</summary>
    /// <param name="googleGroup">The group's resource name.</param>
    /// <param name="crmUserId">The CRM user whose plans do not count.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when a plan of another CRM user names the group.</returns>
    Task<bool> GoogleGroupUsedByOtherUserAsync(string googleGroup, string crmUserId, CancellationToken cancellationToken);

    /// <summary>Stores a new plan at version 1.</summary>
    /// <param name="definition">A validated definition.</param>
    /// <param name="googleGroupAssigned">Whether an admin key gave the plan its group (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored plan with its new id.</returns>
    /// <exception cref="ValidationFailedException">The name was taken meanwhile (<c>plan.name</c>).</exception>
    Task<StoredSyncPlan> CreateAsync(SyncPlanDefinition definition, bool googleGroupAssigned, CancellationToken cancellationToken);

    /// <summary>Replaces a plan's definition if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="definition">A validated definition.</param>
    /// <param name="googleGroupAssigned">Whether an admin key gave the plan its group (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored plan with its incremented version, or <see langword="null"/> when there is no such plan.</returns>
    /// <exception cref="VersionConflictException">The plan is at another version.</exception>
    /// <exception cref="ValidationFailedException">The name was taken meanwhile (<c>plan.name</c>).</exception>
    Task<StoredSyncPlan?> UpdateAsync(string id, long expectedVersion, SyncPlanDefinition definition, bool googleGroupAssigned, CancellationToken cancellationToken);

    /// <summary>Deletes a plan, if it is still at <paramref name="expectedVersion"/> (0 = any version).</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="expectedVersion">The version the caller read, or 0.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The deleted plan, or <see langword="null"/> when there is no such plan.</returns>
    /// <exception cref="VersionConflictException">The plan is at another version.</exception>
    Task<StoredSyncPlan?> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken);
}
