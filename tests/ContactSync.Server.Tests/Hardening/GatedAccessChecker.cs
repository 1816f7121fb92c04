using ContactSync.Core.Plans;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>The real permission check, held for one CRM user until the test releases it (a slow Zoho, made deterministic).</summary>
internal sealed class GatedAccessChecker(ICrmAccessChecker inner, string heldUserId) : ICrmAccessChecker
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a start of the held user's plan is inside the check.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken)
    {
        if (crmUserId == heldUserId)
        {
            _entered.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return await inner.CheckAsync(zoho, crmUserId, direction, cancellationToken);
    }

    public Task EnsurePermissionsAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken) =>
        inner.EnsurePermissionsAsync(zoho, crmUserId, direction, cancellationToken);
}
