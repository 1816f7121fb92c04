using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

internal sealed partial class SyncRun
{
    private async Task ProcessCrmPageAsync(IReadOnlyList<CrmContact> page, CancellationToken cancellationToken)
    {
        _phase = EnginePhase.ReadingCrm;
        _total += page.Count;
        var records = page.Where(r => _processedCrm.Add(r.Id)).ToList();
        var ids = records.Select(r => r.Id).ToList();
        var links = await _store.GetLinksByCrmIdAsync(_planId, ids, cancellationToken);
        var unlinked = records.Where(r => !links.ContainsKey(r.Id) && !_claimedCrm.Contains(r.Id)).ToList();
        var candidates = await FindGoogleCandidatesAsync(unlinked, cancellationToken);

        _phase = EnginePhase.Planning;
        foreach (var record in records)
        {
            _processed++;
            if (_skipCrm.Contains(record.Id) || _claimedCrm.Contains(record.Id))
            {
                continue;
            }

            if (links.TryGetValue(record.Id, out var link))
            {
                if (link.Detached)
                {
                    continue;
                }

                var work = new PairWork(record.Id, link.GoogleResourceName, link) { Crm = record, HadFailure = _failingCrm.Contains(record.Id) };
                if (_googleChanges.TryGetValue(link.GoogleResourceName, out var changed) && _handledGoogle.Add(link.GoogleResourceName))
                {
                    if (changed.Deleted)
                    {
                        continue;
                    }

                    work.Google = changed;
                }

                DecidePair(work, fromCrm: true);
                continue;
            }

            ProcessUnlinkedCrm(record, candidates);
        }

        await FlushAsync(force: false, cancellationToken);

        // The matching index holds the records still unlinked after this page's writes (linked ones have their link).
        if (!DryRun)
        {
            _state.UpsertSeen.AddRange(records.Where(r => !links.ContainsKey(r.Id) && !_linkedCrm.Contains(r.Id)).Select(ToSeen));
        }

        await CommitStateAsync(cancellationToken);
        Report($"Processed {_processed} of {_total} contacts");
    }

    private void ProcessUnlinkedCrm(CrmContact record, GoogleCandidates candidates)
    {
        var work = new PairWork(record.Id, "", null) { Crm = record, HadFailure = _failingCrm.Contains(record.Id) };
        work.Email = ValueNormalizer.EmailKey(record["Email"]);
        work.DisplayName = DisplayNameOf(record);
        var match = candidates.Match(record, _claimedGoogle);
        if (match.Ambiguous)
        {
            RecordFailure(SideKind.Google, record.Id, work, "AMBIGUOUS_MATCH", $"{match.Count} Google contacts match the email '{work.Email}'; none was chosen.");
            Plan(PlannedAction.Skip, SideKind.Google, work, [], "Ambiguous match by email.");
            return;
        }

        if (match.Contact is { } contact)
        {
            _claimedGoogle.Add(contact.ResourceName);
            _handledGoogle.Add(contact.ResourceName);
            work.GoogleName = contact.ResourceName;
            work.Google = contact;
            if (!contact.InGroup && _settings.WriteGoogle)
            {
                _groupAdds.Add(contact.ResourceName);
                _googleTally.Updated++;
                Plan(PlannedAction.AddToGroup, SideKind.Google, work, [], "Matched a contact outside the plan's group.");
            }

            DecidePair(work, fromCrm: true);
            return;
        }

        if (!_settings.WriteGoogle)
        {
            // The plan (no longer) creates Google contacts: a create that failed earlier is not retried.
            ResolveFailure(work);
            return;
        }

        if (TryTakeCapacity(fromCrm: true))
        {
            EnqueueGoogleCreate(work, record);
        }
    }

    private static string DisplayNameOf(CrmContact record) => $"{record["First_Name"]} {record["Last_Name"]}".Trim();

    private async Task<GoogleCandidates> FindGoogleCandidatesAsync(IReadOnlyList<CrmContact> unlinked, CancellationToken cancellationToken)
    {
        var candidates = new GoogleCandidates(!_settings.WriteGoogle);
        if (unlinked.Count == 0)
        {
            return candidates;
        }

        var emails = unlinked.Select(r => ValueNormalizer.EmailKey(r["Email"])).Where(e => e.Length > 0).Distinct().ToList();
        var crmIds = unlinked.Select(r => r.Id).ToList();
        foreach (var id in crmIds)
        {
            if (_googleByCrmRef.TryGetValue(id, out var byRef))
            {
                candidates.AddByRef(id, byRef);
            }
        }

        foreach (var email in emails)
        {
            if (_googleByEmail.TryGetValue(email, out var byEmail))
            {
                candidates.AddByEmail(email, byEmail);
            }
        }

        // Earlier runs' Google contacts that did not change since: matched through the seen index, read on demand.
        // A CRM record may also carry the Google resource name in the plan's cross-reference field.
        var seen = await _store.FindSeenAsync(_planId, SideKind.Google, emails, crmIds, cancellationToken);
        var byGoogleRef = unlinked.Where(r => !string.IsNullOrEmpty(r.GoogleRef)).ToList();
        var toFetch = seen.Select(s => s.Id).Concat(byGoogleRef.Select(r => r.GoogleRef!))
            .Where(id => !_googleChanges.ContainsKey(id)).Distinct().ToList();
        var fetched = new Dictionary<string, GoogleContact>(StringComparer.Ordinal);
        foreach (var chunk in toFetch.Chunk(_google.MaxBatchSize))
        {
            foreach (var contact in await _google.GetAsync(chunk, cancellationToken))
            {
                fetched[contact.ResourceName] = contact;
            }
        }

        foreach (var record in seen)
        {
            var contact = _googleChanges.TryGetValue(record.Id, out var changed) ? changed : fetched.GetValueOrDefault(record.Id);
            if (contact is null || contact.Deleted)
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
            var contact = _googleChanges.TryGetValue(record.GoogleRef!, out var changed) ? changed : fetched.GetValueOrDefault(record.GoogleRef!);
            if (contact is { Deleted: false })
            {
                candidates.AddByRef(record.Id, [contact]);
            }
        }

        // A candidate already linked to another CRM record is not free.
        var names = candidates.Names().ToList();
        var linked = await _store.GetLinksByGoogleNameAsync(_planId, names, cancellationToken);
        candidates.Exclude(linked.Keys);
        return candidates;
    }
}
