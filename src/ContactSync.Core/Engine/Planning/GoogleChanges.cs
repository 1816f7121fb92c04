using System.Diagnostics.CodeAnalysis;
using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The Google side's changes in a run, indexed for matching: by resource name, by work email and by the CRM id kept in
/// clientData (tombstones by name only). The readers fill it; the planner and the applier only look things up.
/// </summary>
internal sealed class GoogleChanges
{
    private readonly Dictionary<string, GoogleContact> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GoogleContact>> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GoogleContact>> _byCrmRef = new(StringComparer.Ordinal);

    /// <summary>How many contacts (tombstones included) the set holds.</summary>
    public int Count => _byName.Count;

    /// <summary>Every contact in the order read.</summary>
    public IEnumerable<GoogleContact> All => _byName.Values;

    /// <summary>The resource names of the contacts deleted in Google.</summary>
    public IEnumerable<string> Tombstones => _byName.Values.Where(c => c.Deleted).Select(c => c.ResourceName);

    public bool Contains(string resourceName) => _byName.ContainsKey(resourceName);

    public bool TryGet(string resourceName, [MaybeNullWhen(false)] out GoogleContact contact) => _byName.TryGetValue(resourceName, out contact);

    /// <summary>Live contacts whose work email has this matching key.</summary>
    public IReadOnlyList<GoogleContact> WithEmail(string emailKey) => _byEmail.TryGetValue(emailKey, out var list) ? list : [];

    /// <summary>Live contacts that carry this CRM id as their cross-reference.</summary>
    public IReadOnlyList<GoogleContact> WithCrmRef(string crmId) => _byCrmRef.TryGetValue(crmId, out var list) ? list : [];

    /// <summary>Adds or replaces a contact (a later read of the same contact wins).</summary>
    public void Add(GoogleContact contact)
    {
        _byName[contact.ResourceName] = contact;
        if (contact.Deleted)
        {
            return;
        }

        var email = ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]);
        if (email.Length > 0)
        {
            Index(_byEmail, email, contact);
        }

        if (!string.IsNullOrEmpty(contact.CrmRef))
        {
            Index(_byCrmRef, contact.CrmRef, contact);
        }
    }

    /// <summary>Forgets everything (an expired sync token: every contact is read again).</summary>
    public void Clear()
    {
        _byName.Clear();
        _byEmail.Clear();
        _byCrmRef.Clear();
    }

    private static void Index(Dictionary<string, List<GoogleContact>> index, string key, GoogleContact value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.RemoveAll(c => c.ResourceName == value.ResourceName);
        list.Add(value);
    }
}
