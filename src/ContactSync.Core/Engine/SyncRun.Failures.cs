using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine;

/// <summary>
/// The records failing since earlier runs. A failure ends when its record syncs, by any path: a successful write, a pair
/// whose values already agree, a link made by intent settlement or matching, a deletion or detach of the pair, a record
/// that was deleted, left the plan's scope or is no longer visible, or a plan that no longer writes that side. A failure is
/// known by the CRM id and the Google resource name of its pair, so a pair that syncs under either ends it.
/// </summary>
internal sealed partial class SyncRun
{
    /// <summary>Loads the failing records' keys before anything is written, so every path of the run can end them.</summary>
    private async Task LoadFailureKeysAsync(CancellationToken cancellationToken)
    {
        foreach (var failure in await _store.GetFailuresAsync(_planId, cancellationToken))
        {
            if (failure.CrmId.Length > 0)
            {
                _failingCrm.Add(failure.CrmId);
            }

            if (failure.GoogleResourceName.Length > 0)
            {
                _failingGoogle.Add(failure.GoogleResourceName);
            }
        }
    }

    private bool IsFailing(string crmId, string googleName) =>
        (crmId.Length > 0 && _failingCrm.Contains(crmId)) || (googleName.Length > 0 && _failingGoogle.Contains(googleName));

    /// <summary>Ends the failures recorded for this pair (under either id), if it had any.</summary>
    private void ResolvePair(string crmId, string googleName)
    {
        if (!DryRun && IsFailing(crmId, googleName))
        {
            _state.ResolvedFailures.Add((crmId, googleName));
        }
    }

    /// <summary>
    /// Failing records that are gone end their failures: a CRM record the plan's user can no longer read (deleted or no
    /// longer visible), a Google contact deleted or not found. Called once the failing records have been read again.
    /// </summary>
    private void ResolveVanishedFailures(IReadOnlyList<CrmContact> crmRecords)
    {
        var found = crmRecords.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _failingCrm.Where(id => !found.Contains(id)))
        {
            ResolvePair(id, "");
        }

        foreach (var name in _failingGoogle)
        {
            if (!_googleChanges.TryGetValue(name, out var contact) || contact.Deleted)
            {
                ResolvePair("", name);
            }
        }
    }
}
