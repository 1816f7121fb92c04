using System.Collections.Concurrent;
using ContactSync.Server.Connections;
using ContactSync.Zoho;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// Which CRM views are the system "All Contacts" view (<c>system_name</c> ALLVIEWS): a view without criteria, so a plan on
/// it with a restricted user may read its owners' records only (<see cref="Zoho.Sync.ZohoPortOptions.ReadOwnersOnly"/>).
/// Read once per process with the views list (one call, asked only by restricted plans) and kept: a view id's system name
/// does not change, and a view id that is unknown to the list is taken as a view with criteria (the safe side).
/// </summary>
internal sealed class CrmViewKinds(ILogger<CrmViewKinds> logger)
{
    private const string AllViews = "ALLVIEWS";
    private readonly ConcurrentDictionary<string, bool> _allViews = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private Task? _reading;

    /// <summary>True when <paramref name="viewId"/> is the system all-records view.</summary>
    public async Task<bool> IsAllRecordsViewAsync(ZohoCrmClient zoho, string viewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zoho);
        if (string.IsNullOrEmpty(viewId))
        {
            return false;
        }

        while (!_allViews.ContainsKey(viewId))
        {
            Task reading;
            lock (_sync)
            {
                // Runs starting together share one read of the views list.
                reading = _reading is { IsCompleted: false } pending ? pending : _reading = ReadAsync(zoho, viewId, cancellationToken);
            }

            await reading.WaitAsync(cancellationToken);
        }

        return _allViews[viewId];
    }

    private async Task ReadAsync(ZohoCrmClient zoho, string viewId, CancellationToken cancellationToken)
    {
        var views = await LiveApi.CallAsync("Zoho CRM", "Reading the CRM views", () => zoho.GetContactViewsAsync(cancellationToken), logger, cancellationToken);
        foreach (var view in views)
        {
            _allViews[view.Id] = string.Equals(view.SystemName, AllViews, StringComparison.Ordinal);
        }

        _allViews.TryAdd(viewId, false);
    }
}
