using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>What was found for a write-ahead intent an interrupted run left behind.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Searched">False when nothing is left to decide: the Google contact is linked, or the CRM search found nothing.</param>
/// <param name="Candidates">The CRM records the search found that no link holds.</param>
/// <param name="Contact">The Google contact the create was for (null when it no longer exists).</param>
internal sealed record IntentLookup(PendingCrmCreate Intent, bool Searched, IReadOnlyList<CrmContact> Candidates, GoogleContact? Contact)
{
    /// <summary>A settled intent: nothing to pair.</summary>
    public static IntentLookup Nothing(PendingCrmCreate intent) => new(intent, false, [], null);
}
