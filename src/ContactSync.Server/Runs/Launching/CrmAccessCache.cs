using System.Collections.Concurrent;
using ContactSync.Core.Plans;
using ContactSync.Server.Connections;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// S10 for runs: a passed check of a plan's CRM user (per direction) is reused for <see cref="RunSettings.PermissionCheckReuse"/>,
/// so frequent runs do not read the users and profiles each time; a denial is never kept. Failures become the service's
/// statuses through <see cref="LiveApi"/>.
/// </summary>
internal sealed class CrmAccessCache(ICrmAccessChecker checker, TimeProvider time, IOptions<RunSettings> settings, ILogger<CrmAccessCache> logger)
{
    private readonly ConcurrentDictionary<(string User, SyncDirection Direction), (CrmAccess Access, DateTimeOffset Expires)> _checks = new();

    /// <summary>The plan user's access, from a recent passed check or read now with <paramref name="zoho"/>.</summary>
    public async Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, SyncPlanDefinition plan, CancellationToken cancellationToken)
    {
        var key = (plan.CrmUserId, plan.Direction);
        var now = time.GetUtcNow();
        if (_checks.TryGetValue(key, out var cached) && cached.Expires > now)
        {
            return cached.Access;
        }

        var access = await LiveApi.CallAsync("Zoho CRM", $"Checking the permissions of CRM user {plan.CrmUserId}",
            () => checker.CheckAsync(zoho, plan.CrmUserId, plan.Direction, cancellationToken), logger, cancellationToken);
        _checks[key] = (access, now + settings.Value.PermissionCheckReuse);
        return access;
    }
}
