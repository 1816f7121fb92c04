using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

internal sealed partial class SyncRun
{
    private async Task ProcessRemainingGoogleAsync(CancellationToken cancellationToken)
    {
        var remaining = _googleChanges.Values
            .Where(c => !c.Deleted && !_handledGoogle.Contains(c.ResourceName) && !_skipGoogle.Contains(c.ResourceName) && !_claimedGoogle.Contains(c.ResourceName))
            .ToList();
        foreach (var chunk in remaining.Chunk(_google.MaxBatchSize))
        {
            var links = await _store.GetLinksByGoogleNameAsync(_planId, chunk.Select(c => c.ResourceName).ToList(), cancellationToken);
            var unlinked = chunk.Where(c => !links.ContainsKey(c.ResourceName) && c.InGroup).ToList();
            var crmMatches = await FindCrmCandidatesAsync(unlinked, cancellationToken);
            foreach (var contact in chunk)
            {
                _processed++;
                _handledGoogle.Add(contact.ResourceName);
                if (links.TryGetValue(contact.ResourceName, out var link))
                {
                    // A contact that left the group keeps its link but does not sync while out of scope.
                    if (!link.Detached && contact.InGroup && !_claimedCrm.Contains(link.CrmId))
                    {
                        DecidePair(new PairWork(link.CrmId, contact.ResourceName, link) { Google = contact, HadFailure = _failingGoogle.Contains(contact.ResourceName) }, fromCrm: false);
                    }

                    continue;
                }

                if (contact.InGroup)
                {
                    ProcessUnlinkedGoogle(contact, crmMatches);
                }
                else
                {
                    // Left the group before it was ever synced: nothing is left to retry.
                    ResolvePair("", contact.ResourceName);
                }
            }

            await FlushAsync(force: false, cancellationToken);
            Report($"Processed {_processed} of {_total} contacts");
        }
    }

    private void ProcessUnlinkedGoogle(GoogleContact contact, IReadOnlyDictionary<string, List<CrmContact>> crmMatches)
    {
        var work = new PairWork("", contact.ResourceName, null)
        {
            Google = contact,
            Etag = contact.Etag,
            State = contact.State,
            Email = ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]),
            DisplayName = $"{contact[LastNameFallback.GivenNamePath]} {contact[LastNameFallback.FamilyNamePath]}".Trim(),
            HadFailure = _failingGoogle.Contains(contact.ResourceName),
        };
        var free = crmMatches.TryGetValue(contact.ResourceName, out var found)
            ? found.Where(c => !_claimedCrm.Contains(c.Id)).ToList()
            : [];
        if (free.Count > 1)
        {
            RecordFailure(SideKind.Crm, contact.ResourceName, work, "AMBIGUOUS_MATCH", $"{free.Count} CRM contacts match the email '{work.Email}'; none was chosen.");
            Plan(PlannedAction.Skip, SideKind.Crm, work, [], "Ambiguous match by email.");
            return;
        }

        if (free.Count == 1)
        {
            work.Crm = free[0];
            work.CrmId = free[0].Id;
            _claimedCrm.Add(work.CrmId);
            DecidePair(work, fromCrm: false);
            return;
        }

        if (!_settings.WriteCrm)
        {
            // The plan (no longer) creates CRM records: a create that failed earlier is not retried.
            ResolveFailure(work);
            return;
        }

        if (TryTakeCapacity(fromCrm: false))
        {
            EnqueueCrmCreate(work, contact);
        }
    }

    /// <summary>CRM records that unlinked Google contacts match: the CRM id they carry, the cross-reference field, then email.</summary>
    private async Task<IReadOnlyDictionary<string, List<CrmContact>>> FindCrmCandidatesAsync(IReadOnlyList<GoogleContact> unlinked, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<CrmContact>>(StringComparer.Ordinal);
        if (unlinked.Count == 0)
        {
            return result;
        }

        var emails = unlinked.Select(c => ValueNormalizer.EmailKey(c[LastNameFallback.WorkEmailPath])).Where(e => e.Length > 0).Distinct().ToList();
        var names = unlinked.Select(c => c.ResourceName).ToList();
        var seen = await _store.FindSeenAsync(_planId, SideKind.Crm, emails, names, cancellationToken);
        var wanted = seen.Select(s => s.Id)
            .Concat(unlinked.Where(c => !string.IsNullOrEmpty(c.CrmRef)).Select(c => c.CrmRef!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wanted.Count == 0)
        {
            return result;
        }

        var links = await _store.GetLinksByCrmIdAsync(_planId, wanted, cancellationToken);
        var free = wanted.Where(id => !links.ContainsKey(id) && !_skipCrm.Contains(id)).ToList();
        var records = new Dictionary<string, CrmContact>(StringComparer.Ordinal);
        foreach (var chunk in free.Chunk(_crm.MaxBatchSize))
        {
            foreach (var record in await _crm.GetAsync(chunk, cancellationToken))
            {
                records[record.Id] = record;
            }
        }

        foreach (var contact in unlinked)
        {
            var email = ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]);
            List<CrmContact> matches;
            if (contact.CrmRef is { Length: > 0 } crmRef && records.TryGetValue(crmRef, out var byRef))
            {
                matches = [byRef];
            }
            else
            {
                var byCrossRef = records.Values.Where(r => r.GoogleRef == contact.ResourceName).ToList();
                matches = byCrossRef.Count > 0
                    ? byCrossRef
                    : email.Length == 0 ? [] : records.Values.Where(r => ValueNormalizer.EmailKey(r["Email"]) == email).ToList();
            }

            if (matches.Count > 0)
            {
                result[contact.ResourceName] = matches;
            }
        }

        return result;
    }
}
