using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>A pair as the planner finds it, before the merge: its ids, its link and the records read in this run.</summary>
/// <param name="CrmId">The CRM id ("" when there is no CRM record yet).</param>
/// <param name="GoogleName">The Google resource name ("" when there is no Google contact yet).</param>
/// <param name="Link">The stored link; null for a pair without one.</param>
/// <param name="Crm">The CRM record as read in this run; null when it did not change.</param>
/// <param name="Google">The Google contact as read in this run; null when it did not change.</param>
/// <param name="Email">The pair's email as known so far (normalised).</param>
/// <param name="DisplayName">A name for people as known so far.</param>
internal sealed record PairInput(string CrmId, string GoogleName, SyncLink? Link, CrmContact? Crm, GoogleContact? Google, string Email, string DisplayName)
{
    /// <summary>A linked pair.</summary>
    public static PairInput Linked(SyncLink link, CrmContact? crm, GoogleContact? google) =>
        new(link.CrmId, link.GoogleResourceName, link, crm, google, link.Email, "");

    /// <summary>An unlinked CRM record.</summary>
    public static PairInput FromCrm(CrmContact record) =>
        new(record.Id, "", null, record, null, ValueNormalizer.EmailKey(record["Email"]), DisplayNameOf(record));

    /// <summary>An unlinked Google contact.</summary>
    public static PairInput FromGoogle(GoogleContact contact) =>
        new("", contact.ResourceName, null, null, contact, ValueNormalizer.EmailKey(contact[LastNameFallback.WorkEmailPath]),
            $"{contact[LastNameFallback.GivenNamePath]} {contact[LastNameFallback.FamilyNamePath]}".Trim());

    /// <summary>The etag an update of this pair is based on: the contact as read, else the link's.</summary>
    public string Etag => Google?.Etag ?? Link?.GoogleEtag ?? "";

    /// <summary>The adapter state an update of this pair is based on.</summary>
    public string State => Google?.State ?? Link?.GoogleState ?? "";

    /// <summary>A CRM record's name for people.</summary>
    public static string DisplayNameOf(CrmContact record) => $"{record["First_Name"]} {record["Last_Name"]}".Trim();
}
