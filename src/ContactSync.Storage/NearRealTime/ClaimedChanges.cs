namespace ContactSync.Storage.NearRealTime;

/// <summary>The waiting changes a run took over.</summary>
/// <param name="CrmIds">CRM record ids Zoho notifications named.</param>
/// <param name="Google">True when a Google poll saw a change.</param>
public sealed record ClaimedChanges(IReadOnlyList<string> CrmIds, bool Google)
{
    /// <summary>Nothing was waiting.</summary>
    public bool IsEmpty => CrmIds.Count == 0 && !Google;
}
