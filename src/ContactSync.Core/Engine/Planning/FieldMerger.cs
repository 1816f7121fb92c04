using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Field-level three-way merge of one pair against its last-synced snapshot (design §4): a field changed on one side
/// only is copied across (if the direction allows); changed on both to different values, the conflict option decides;
/// equal new values are no conflict. A side that did not change in this run is passed as null and taken from the snapshot.
/// </summary>
internal static class FieldMerger
{
    public static MergeDecision Merge(
        IReadOnlyList<ResolvedMapping> mappings,
        CrmContact? crm,
        GoogleContact? google,
        IReadOnlyDictionary<string, FieldSnapshot>? snapshot,
        bool crmWins,
        bool enforceOneWay)
    {
        var decision = new MergeDecision();
        foreach (var m in mappings)
        {
            FieldSnapshot? s = null;
            snapshot?.TryGetValue(m.Key, out s);
            var values = FieldValues.Of(m, crm, google, s);
            if (s is null)
            {
                MergeFirst(decision, m, values, crmWins);
            }
            else
            {
                MergeSince(decision, m, values, s, crmWins, enforceOneWay);
            }
        }

        return decision;
    }

    /// <summary>A field never synced (a pair matched now): the side that has a value fills the other; both, the conflict option.</summary>
    private static void MergeFirst(MergeDecision decision, ResolvedMapping m, FieldValues v, bool crmWins)
    {
        if (v.InSync)
        {
            decision.Settled[m.Key] = new FieldSnapshot(v.Crm, v.Google);
        }
        else if (m.ToGoogle && m.ToCrm)
        {
            if (v.Crm.Length == 0)
            {
                WriteCrm(decision, m, v, conflict: false);
            }
            else if (v.Google.Length == 0)
            {
                WriteGoogle(decision, m, v, conflict: false);
            }
            else
            {
                Conflict(decision, m, v, crmWins);
            }
        }
        else if (m.ToGoogle && v.Crm.Length > 0)
        {
            WriteGoogle(decision, m, v, conflict: false);
        }
        else if (m.ToCrm && v.GoogleForCrm.Length > 0)
        {
            WriteCrm(decision, m, v, conflict: false);
        }
        else
        {
            decision.Settled[m.Key] = new FieldSnapshot(v.Crm, v.Google);
        }
    }

    /// <summary>A field synced before: what changed since the snapshot is copied across.</summary>
    private static void MergeSince(MergeDecision decision, ResolvedMapping m, FieldValues v, FieldSnapshot s, bool crmWins, bool enforceOneWay)
    {
        var cChanged = v.Crm != s.Crm;
        var gChanged = v.Google != s.Google;
        if (!cChanged && !gChanged)
        {
            if (enforceOneWay && !v.InSync)
            {
                EnforceSource(decision, m, v);
            }
        }
        else if (v.InSync)
        {
            decision.Settled[m.Key] = new FieldSnapshot(v.Crm, v.Google);
        }
        else if (cChanged && !gChanged)
        {
            CopyChange(decision, m, v, crmChanged: true, enforceOneWay);
        }
        else if (gChanged && !cChanged)
        {
            CopyChange(decision, m, v, crmChanged: false, enforceOneWay);
        }
        else if (m.ToGoogle && m.ToCrm)
        {
            Conflict(decision, m, v, crmWins);
        }
        else if (m.ToGoogle)
        {
            WriteGoogle(decision, m, v, conflict: false);
        }
        else if (m.ToCrm)
        {
            WriteCrm(decision, m, v, conflict: false);
        }
    }

    /// <summary>
    /// A field changed on one side only: copied to the other side if the direction allows; a one-way plan that enforces
    /// its direction overwrites an edit of its target instead.
    /// </summary>
    private static void CopyChange(MergeDecision decision, ResolvedMapping m, FieldValues v, bool crmChanged, bool enforceOneWay)
    {
        if (crmChanged ? m.ToGoogle : m.ToCrm)
        {
            Write(decision, m, v, toGoogle: crmChanged);
        }
        else if (enforceOneWay && (crmChanged ? m.ToCrm : m.ToGoogle))
        {
            Write(decision, m, v, toGoogle: !crmChanged);
        }
    }

    private static void Write(MergeDecision decision, ResolvedMapping m, FieldValues v, bool toGoogle)
    {
        if (toGoogle)
        {
            WriteGoogle(decision, m, v, conflict: false);
        }
        else
        {
            WriteCrm(decision, m, v, conflict: false);
        }
    }

    private static void EnforceSource(MergeDecision decision, ResolvedMapping m, FieldValues v)
    {
        if (m.ToGoogle && !m.ToCrm)
        {
            WriteGoogle(decision, m, v, conflict: false);
        }
        else if (m.ToCrm && !m.ToGoogle)
        {
            WriteCrm(decision, m, v, conflict: false);
        }
    }

    private static void Conflict(MergeDecision decision, ResolvedMapping m, FieldValues v, bool crmWins)
    {
        decision.Conflicts++;
        if (crmWins)
        {
            WriteGoogle(decision, m, v, conflict: true);
        }
        else
        {
            WriteCrm(decision, m, v, conflict: true);
        }
    }

    private static void WriteGoogle(MergeDecision decision, ResolvedMapping m, FieldValues v, bool conflict)
    {
        var written = v.CrmRaw.Trim();
        decision.ToGoogle[m.GooglePath] = written;
        decision.AfterGoogleWrite[m.Key] = new FieldSnapshot(v.Crm, ValueNormalizer.Normalize(m.Path.Field, written));
        decision.GoogleChanges.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, v.GoogleRaw, written, conflict));
    }

    private static void WriteCrm(MergeDecision decision, ResolvedMapping m, FieldValues v, bool conflict)
    {
        var written = v.GoogleForCrmRaw.Trim();
        decision.ToCrm[m.CrmField] = written;
        decision.AfterCrmWrite[m.Key] = new FieldSnapshot(ValueNormalizer.Normalize(m.Path.Field, written), v.Google);
        decision.CrmChanges.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, v.CrmRaw, written, conflict));
    }
}
