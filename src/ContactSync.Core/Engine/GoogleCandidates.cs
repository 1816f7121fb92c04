using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine;

/// <summary>Google contacts that unlinked CRM records of one page may match, by cross-reference and by email.</summary>
internal sealed class GoogleCandidates(bool inGroupOnly)
{
    private readonly Dictionary<string, Dictionary<string, GoogleContact>> _byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, GoogleContact>> _byEmail = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);

    public void AddByRef(string crmId, IEnumerable<GoogleContact> contacts) => Add(_byRef, crmId, contacts);

    public void AddByEmail(string email, IEnumerable<GoogleContact> contacts) => Add(_byEmail, email, contacts);

    public IEnumerable<string> Names() => _byRef.Values.Concat(_byEmail.Values).SelectMany(d => d.Keys).Distinct(StringComparer.Ordinal);

    public void Exclude(IEnumerable<string> names) => _excluded.UnionWith(names);

    /// <summary>Matching order: the durable cross-reference, then the email. Two candidates are ambiguous.</summary>
    public MatchResult Match(CrmContact record, IReadOnlySet<string> claimed)
    {
        foreach (var (index, key) in new[] { (_byRef, record.Id), (_byEmail, ValueNormalizer.EmailKey(record["Email"])) })
        {
            if (key.Length == 0 || !index.TryGetValue(key, out var found))
            {
                continue;
            }

            var free = found.Values.Where(c => !_excluded.Contains(c.ResourceName) && !claimed.Contains(c.ResourceName) && (!inGroupOnly || c.InGroup)).ToList();
            if (free.Count == 1)
            {
                return new MatchResult(free[0], false, 1);
            }

            if (free.Count > 1)
            {
                var inGroup = free.Where(c => c.InGroup).ToList();
                return inGroup.Count == 1 && ReferenceEquals(index, _byRef)
                    ? new MatchResult(inGroup[0], false, 1)
                    : new MatchResult(null, true, free.Count);
            }
        }

        return new MatchResult(null, false, 0);
    }

    private static void Add(Dictionary<string, Dictionary<string, GoogleContact>> index, string key, IEnumerable<GoogleContact> contacts)
    {
        if (!index.TryGetValue(key, out var map))
        {
            index[key] = map = new Dictionary<string, GoogleContact>(StringComparer.Ordinal);
        }

        foreach (var contact in contacts)
        {
            map[contact.ResourceName] = contact;
        }
    }
}
