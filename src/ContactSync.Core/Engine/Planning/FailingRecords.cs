using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The records failing since earlier runs, by either id of their pair. A failure ends when its record syncs, by any
/// path: a successful write, a pair whose values already agree, a link by matching or by an intent, a deletion or detach
/// of the pair, a record that was deleted, left the plan's scope or is no longer visible, or a plan that no longer writes
/// that side. Loaded before anything is planned, so every path can end them.
/// </summary>
internal sealed class FailingRecords
{
    private readonly HashSet<string> _crm = new(StringComparer.Ordinal);
    private readonly HashSet<string> _google = new(StringComparer.Ordinal);

    public FailingRecords(IEnumerable<RecordFailure> failures)
    {
        foreach (var failure in failures)
        {
            if (failure.CrmId.Length > 0)
            {
                _crm.Add(failure.CrmId);
            }

            if (failure.GoogleResourceName.Length > 0)
            {
                _google.Add(failure.GoogleResourceName);
            }
        }
    }

    /// <summary>The failing CRM records.</summary>
    public IReadOnlySet<string> CrmIds => _crm;

    /// <summary>The failing Google contacts.</summary>
    public IReadOnlySet<string> GoogleNames => _google;

    /// <summary>True when nothing is failing.</summary>
    public bool IsEmpty => _crm.Count == 0 && _google.Count == 0;

    /// <summary>True when a failure names either id of the pair.</summary>
    public bool IsFailing(string crmId, string googleName) =>
        (crmId.Length > 0 && _crm.Contains(crmId)) || (googleName.Length > 0 && _google.Contains(googleName));

    /// <summary>
    /// The failures of records that are gone: a CRM record the plan's user can no longer read (deleted or no longer
    /// visible), a Google contact deleted or not found. <paramref name="crmFound"/> are the failing CRM records read again;
    /// <paramref name="changes"/> holds the failing Google contacts read again.
    /// </summary>
    public IReadOnlyList<PairKey> Vanished(IReadOnlyList<CrmContact> crmFound, GoogleChanges changes)
    {
        var found = crmFound.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var gone = _crm.Where(id => !found.Contains(id)).Select(id => new PairKey(id, "")).ToList();
        foreach (var name in _google)
        {
            if (!changes.TryGet(name, out var contact) || contact.Deleted)
            {
                gone.Add(new PairKey("", name));
            }
        }

        return gone;
    }
}
