using ContactSync.Core.Plans;

namespace ContactSync.Server.NearRealTime;

/// <summary>The plans that are near-real-time now: enabled, with <see cref="SyncPlanDefinition.NearRealTime"/> on.</summary>
internal sealed class NearRealTimePlans(IServiceScopeFactory scopes)
{
    /// <summary>Every near-real-time plan by id.</summary>
    public async Task<IReadOnlyDictionary<string, StoredSyncPlan>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<IPlanRepository>();
        var result = new Dictionary<string, StoredSyncPlan>(StringComparer.Ordinal);
        PlanListCursor? cursor = null;
        do
        {
            var page = await plans.ListAsync(null, 200, cursor, cancellationToken);
            foreach (var plan in page.Plans.Where(IsNearRealTime))
            {
                result[plan.Id] = plan;
            }

            cursor = page.Next;
        }
        while (cursor is not null);

        return result;
    }

    /// <summary>The plan when it is near-real-time now, else null.</summary>
    public async Task<StoredSyncPlan?> GetAsync(string planId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<IPlanRepository>().GetAsync(planId, cancellationToken);
        return plan is not null && IsNearRealTime(plan) ? plan : null;
    }

    private static bool IsNearRealTime(StoredSyncPlan plan) => plan.Definition.Enabled && plan.Definition.NearRealTime;
}
