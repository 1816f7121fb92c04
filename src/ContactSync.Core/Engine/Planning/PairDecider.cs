using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Decides one pair of existing records: the field-level 3-way merge against the link's snapshot (see
/// <see cref="FieldMerger"/>) says what each side gets. A pair with nothing to write only refreshes its link; a pair with
/// writes takes room under the cap or waits in the backlog.
/// </summary>
internal static class PairDecider
{
    public static void Decide(PlanningContext context, PlanBuilder plan, PairInput pair, bool fromCrm)
    {
        var settings = context.Settings;
        var decision = FieldMerger.Merge(context.Mappings, pair.Crm, pair.Google, pair.Link?.Snapshot, settings.CrmWinsConflicts, settings.EnforceOneWay);
        var snapshot = pair.Link is null
            ? new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal)
            : new Dictionary<string, FieldSnapshot>(pair.Link.Snapshot, StringComparer.Ordinal);
        foreach (var (key, value) in decision.Settled)
        {
            snapshot[key] = value;
        }

        var email = pair.Crm is { } crm ? ValueNormalizer.EmailKey(crm["Email"])
            : pair.Google is { } google ? ValueNormalizer.EmailKey(google[LastNameFallback.WorkEmailPath])
            : "";
        var decided = pair with
        {
            Email = email.Length > 0 ? email : pair.Email,
            DisplayName = pair.DisplayName.Length == 0 && pair.Crm is { } named ? PairInput.DisplayNameOf(named) : pair.DisplayName,
        };
        var resolves = context.Failing.IsFailing(pair.CrmId, pair.GoogleName);
        if (decision.IsNoOp)
        {
            var save = pair.Link is null || LinkChanged(pair.Link, decided, snapshot);
            plan.Add(Planned(decided, snapshot, null, null, 0, save, resolves));
            return;
        }

        if (!context.Gate.TryTake(fromCrm))
        {
            return;
        }

        plan.Add(Planned(
            decided,
            snapshot,
            decision.ToGoogle.Count > 0 ? new PlannedWrite(decision.ToGoogle, decision.AfterGoogleWrite, decision.GoogleChanges) : null,
            decision.ToCrm.Count > 0 ? new PlannedWrite(decision.ToCrm, decision.AfterCrmWrite, decision.CrmChanges) : null,
            decision.Conflicts,
            save: false,
            resolves));
    }

    private static PlannedPair Planned(PairInput pair, Dictionary<string, FieldSnapshot> snapshot, PlannedWrite? toGoogle, PlannedWrite? toCrm, int conflicts, bool save, bool resolves) =>
        new(pair.CrmId, pair.GoogleName, pair.Link, pair.Crm, pair.Google, pair.Etag, pair.State, snapshot, pair.Email, pair.DisplayName,
            toGoogle, toCrm, conflicts, save, resolves);

    /// <summary>True when the link as it stands now differs from the stored one (etag, email or any snapshot entry).</summary>
    private static bool LinkChanged(SyncLink link, PairInput pair, Dictionary<string, FieldSnapshot> snapshot)
    {
        if (link.GoogleEtag != pair.Etag || link.Email != pair.Email || link.Snapshot.Count != snapshot.Count)
        {
            return true;
        }

        foreach (var (key, value) in snapshot)
        {
            if (!link.Snapshot.TryGetValue(key, out var old) || old != value)
            {
                return true;
            }
        }

        return false;
    }
}
