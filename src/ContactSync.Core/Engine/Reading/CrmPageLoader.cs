using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Loads what the planner needs for one CRM page: the records' links, and for the unlinked ones the Google contacts they
/// may match — among the run's Google changes, and among earlier runs' contacts through the matching index and the
/// cross-reference the CRM record carries (read on demand, in batches).
/// </summary>
internal sealed class CrmPageLoader(RunPorts read, GoogleChanges changes)
{
    public async Task<CrmPageInput> LoadAsync(IReadOnlyList<CrmContact> records, PlanningLedger ledger, CancellationToken cancellationToken)
    {
        var links = await read.Store.GetLinksByCrmIdAsync(read.PlanId, records.Select(r => r.Id).ToList(), cancellationToken);
        var unlinked = records.Where(r => !links.ContainsKey(r.Id) && !ledger.ClaimedCrm.Contains(r.Id)).ToList();
        var candidates = await FindCandidatesAsync(unlinked, cancellationToken);
        return new CrmPageInput(records, links, candidates);
    }

    private async Task<GoogleCandidates> FindCandidatesAsync(IReadOnlyList<CrmContact> unlinked, CancellationToken cancellationToken)
    {
        var candidates = new GoogleCandidates();
        if (unlinked.Count == 0)
        {
            return candidates;
        }

        var emails = unlinked.Select(r => ValueNormalizer.EmailKey(r["Email"])).Where(e => e.Length > 0).Distinct().ToList();
        var crmIds = unlinked.Select(r => r.Id).ToList();
        foreach (var id in crmIds)
        {
            if (changes.WithCrmRef(id) is { Count: > 0 } byRef)
            {
                candidates.AddByRef(id, byRef);
            }
        }

        foreach (var email in emails)
        {
            if (changes.WithEmail(email) is { Count: > 0 } byEmail)
            {
                candidates.AddByEmail(email, byEmail);
            }
        }

        await AddEarlierContactsAsync(candidates, unlinked, emails, crmIds, cancellationToken);

        // A candidate already linked to another CRM record is not free.
        var linked = await read.Store.GetLinksByGoogleNameAsync(read.PlanId, candidates.Names().ToList(), cancellationToken);
        candidates.Exclude(linked.Keys);
        return candidates;
    }

    /// <summary>
    /// Earlier runs' Google contacts that did not change since: matched through the seen index, read on demand. A CRM
    /// record may also carry the Google resource name in the plan's cross-reference field.
    /// </summary>
    private async Task AddEarlierContactsAsync(GoogleCandidates candidates, IReadOnlyList<CrmContact> unlinked, List<string> emails, List<string> crmIds, CancellationToken cancellationToken)
    {
        var seen = await read.Store.FindSeenAsync(read.PlanId, SideKind.Google, emails, crmIds, cancellationToken);
        var byGoogleRef = unlinked.Where(r => !string.IsNullOrEmpty(r.GoogleRef)).ToList();
        var fetched = await FetchAsync(seen.Select(s => s.Id).Concat(byGoogleRef.Select(r => r.GoogleRef!)), cancellationToken);
        foreach (var record in seen)
        {
            if (Current(record.Id, fetched) is not { } contact)
            {
                continue;
            }

            if (record.CrossRef is { Length: > 0 } crossRef && crmIds.Contains(crossRef))
            {
                candidates.AddByRef(crossRef, [contact]);
            }

            if (record.Email.Length > 0)
            {
                candidates.AddByEmail(record.Email, [contact]);
            }
        }

        foreach (var record in byGoogleRef)
        {
            if (Current(record.GoogleRef!, fetched) is { } contact)
            {
                candidates.AddByRef(record.Id, [contact]);
            }
        }
    }

    /// <summary>Reads the contacts that are not among the run's changes.</summary>
    private async Task<Dictionary<string, GoogleContact>> FetchAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var fetched = new Dictionary<string, GoogleContact>(StringComparer.Ordinal);
        foreach (var chunk in names.Where(id => !changes.Contains(id)).Distinct().ToList().Chunk(read.Google.MaxBatchSize))
        {
            foreach (var contact in await read.Google.GetAsync(chunk, cancellationToken))
            {
                fetched[contact.ResourceName] = contact;
            }
        }

        return fetched;
    }

    /// <summary>The contact as this run knows it (changed, or read now), unless it is deleted.</summary>
    private GoogleContact? Current(string name, Dictionary<string, GoogleContact> fetched)
    {
        var contact = changes.TryGet(name, out var changed) ? changed : fetched.GetValueOrDefault(name);
        return contact is { Deleted: false } ? contact : null;
    }
}
