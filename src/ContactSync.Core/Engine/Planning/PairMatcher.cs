using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Matching of records that have no link (S6, no duplicates): the durable cross-reference first (the CRM id in the
/// Google contact's clientData, or the Google resource name in the plan's CRM field), then the work email, trimmed and
/// case-insensitive. Two candidates are an ambiguous match: reported, never guessed.
/// </summary>
internal static class PairMatcher
{
    /// <summary>The Google contact an unlinked CRM record pairs with.</summary>
    /// <param name="record">The CRM record.</param>
    /// <param name="candidates">The page's candidates.</param>
    /// <param name="claimed">Google contacts already paired in this run.</param>
    /// <param name="inGroupOnly">Only contacts in the plan's group (plans that never write Google cannot add one to it).</param>
    public static MatchResult MatchCrmRecord(CrmContact record, GoogleCandidates candidates, IReadOnlySet<string> claimed, bool inGroupOnly)
    {
        foreach (var byRef in new[] { true, false })
        {
            var key = byRef ? record.Id : ValueNormalizer.EmailKey(record["Email"]);
            if (key.Length == 0)
            {
                continue;
            }

            var free = (byRef ? candidates.ByRef(key) : candidates.ByEmail(key))
                .Where(c => !candidates.IsExcluded(c.ResourceName) && !claimed.Contains(c.ResourceName) && (!inGroupOnly || c.InGroup))
                .ToList();
            if (free.Count == 1)
            {
                return new MatchResult(free[0], false, 1);
            }

            if (free.Count > 1)
            {
                // Two contacts carry the same CRM id (e.g. a copy outside the group): the one in the group is the pair.
                var inGroup = free.Where(c => c.InGroup).ToList();
                return inGroup.Count == 1 && byRef ? new MatchResult(inGroup[0], false, 1) : new MatchResult(null, true, free.Count);
            }
        }

        return new MatchResult(null, false, 0);
    }

    /// <summary>
    /// The CRM records an unlinked Google contact matches among the page's free candidates: the CRM id it carries, else
    /// the records whose cross-reference field names it, else those with its email.
    /// </summary>
    public static IReadOnlyList<CrmContact> CrmRecordsFor(GoogleContact contact, IReadOnlyDictionary<string, CrmContact> candidates, IReadOnlySet<string> claimed)
    {
        List<CrmContact> matches;
        if (contact.CrmRef is { Length: > 0 } crmRef && candidates.TryGetValue(crmRef, out var byRef))
        {
            matches = [byRef];
        }
        else
        {
            var email = ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]);
            var byCrossRef = candidates.Values.Where(r => r.GoogleRef == contact.ResourceName).ToList();
            matches = byCrossRef.Count > 0
                ? byCrossRef
                : email.Length == 0 ? [] : candidates.Values.Where(r => ValueNormalizer.EmailKey(r["Email"]) == email).ToList();
        }

        return matches.Where(r => !claimed.Contains(r.Id)).ToList();
    }
}
