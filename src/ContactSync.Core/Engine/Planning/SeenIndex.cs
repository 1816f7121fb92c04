using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The matching index: the matching keys (email, cross-reference) of records not linked yet, so a later run can match a
/// new record against one that did not change since. Linked records are found through their links and leave the index.
/// </summary>
internal static class SeenIndex
{
    /// <summary>The index entries of a chunk of Google changes: unlinked live contacts in, linked or deleted ones out.</summary>
    public static PagePlan ForGoogleChanges(IReadOnlyList<GoogleContact> chunk, IReadOnlyDictionary<string, SyncLink> links)
    {
        var seen = new List<SeenRecord>();
        var unseen = new List<(SideKind, string)>();
        foreach (var contact in chunk)
        {
            if (contact.Deleted || links.ContainsKey(contact.ResourceName))
            {
                unseen.Add((SideKind.Google, contact.ResourceName));
            }
            else
            {
                seen.Add(Of(contact));
            }
        }

        return PagePlan.Empty with { Seen = seen, Unseen = unseen };
    }

    public static SeenRecord Of(GoogleContact contact) =>
        new(SideKind.Google, contact.ResourceName, ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]), contact.CrmRef, contact.InGroup);

    public static SeenRecord Of(CrmContact contact) =>
        new(SideKind.Crm, contact.Id, ValueNormalizer.EmailKey(contact["Email"]), contact.GoogleRef, true);
}
