namespace ContactSync.Server.Quotas;

/// <summary>What a run is predicted to touch: the scope counted on each side (null: not counted) and which sides it writes.</summary>
/// <param name="CrmRecords">Records in the plan's CRM view (a full read reads them all).</param>
/// <param name="GoogleContacts">Contacts in the Google account (a full read reads them all).</param>
/// <param name="WritesGoogle">The plan writes to Google (CRM → Google or both ways).</param>
/// <param name="WritesCrm">The plan writes to the CRM (Google → CRM or both ways).</param>
internal sealed record RunScope(long? CrmRecords, long? GoogleContacts, bool WritesGoogle, bool WritesCrm)
{
    /// <summary>Records per CRM read call: 200 for the view's pages, 2,000 for COQL reads of the user's owners.</summary>
    public int CrmPageSize { get; init; } = RunWorkProjection.CrmPageSize;
}
