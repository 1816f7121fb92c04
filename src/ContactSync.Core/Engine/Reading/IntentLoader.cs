using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Loads what a run needs to settle the write-ahead intents an interrupted run left: whether the Google contact is linked
/// by now, else the CRM records a search finds for the intent that no link holds, and the Google contact itself.
/// </summary>
internal sealed class IntentLoader(RunPorts read, GoogleChanges changes)
{
    /// <summary>Looks up each of the intents the store holds (read by the caller with the run's other reads).</summary>
    public async Task<IReadOnlyList<IntentLookup>> LoadAsync(IReadOnlyList<PendingCrmCreate> intents, CancellationToken cancellationToken)
    {
        var lookups = new List<IntentLookup>();
        foreach (var intent in intents)
        {
            lookups.Add(await LookUpAsync(intent, cancellationToken));
        }

        return lookups;
    }

    private async Task<IntentLookup> LookUpAsync(PendingCrmCreate intent, CancellationToken cancellationToken)
    {
        var linked = await read.Store.GetLinksByGoogleNameAsync(read.PlanId, [intent.GoogleResourceName], cancellationToken);
        if (linked.Count > 0)
        {
            return IntentLookup.Nothing(intent);
        }

        var found = await read.Crm.SearchAsync(intent, cancellationToken);
        if (found.Count == 0)
        {
            return IntentLookup.Nothing(intent);
        }

        var foundLinks = await read.Store.GetLinksByCrmIdAsync(read.PlanId, found.Select(f => f.Id).ToList(), cancellationToken);
        var candidates = found.Where(f => !foundLinks.ContainsKey(f.Id)).ToList();
        if (!changes.TryGet(intent.GoogleResourceName, out var contact))
        {
            contact = (await read.Google.GetAsync([intent.GoogleResourceName], cancellationToken)) is [var first, ..] ? first : null;
        }

        return new IntentLookup(intent, true, candidates, contact);
    }
}
