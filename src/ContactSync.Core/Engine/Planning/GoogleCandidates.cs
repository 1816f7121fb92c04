using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The Google contacts that the unlinked CRM records of one page may match, by cross-reference (the CRM id they carry,
/// or the resource name the CRM record carries) and by email, less those already linked to another record. The page's
/// loader fills it; <see cref="PairMatcher"/> decides.
/// </summary>
internal sealed class GoogleCandidates
{
    private readonly Dictionary<string, Dictionary<string, GoogleContact>> _byRef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, GoogleContact>> _byEmail = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);

    public void AddByRef(string crmId, IEnumerable<GoogleContact> contacts) => Add(_byRef, crmId, contacts);

    public void AddByEmail(string email, IEnumerable<GoogleContact> contacts) => Add(_byEmail, email, contacts);

    /// <summary>Every candidate's resource name, once.</summary>
    public IEnumerable<string> Names() => _byRef.Values.Concat(_byEmail.Values).SelectMany(d => d.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>Candidates linked to another CRM record: not free.</summary>
    public void Exclude(IEnumerable<string> names) => _excluded.UnionWith(names);

    public bool IsExcluded(string resourceName) => _excluded.Contains(resourceName);

    /// <summary>The contacts that refer to this CRM id (or that it refers to).</summary>
    public IEnumerable<GoogleContact> ByRef(string crmId) => _byRef.TryGetValue(crmId, out var found) ? found.Values : [];

    /// <summary>The contacts with this email key.</summary>
    public IEnumerable<GoogleContact> ByEmail(string emailKey) => _byEmail.TryGetValue(emailKey, out var found) ? found.Values : [];

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
