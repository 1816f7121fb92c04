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
            var field = m.Path.Field;
            var cRaw = crm is not null ? crm[m.CrmField] : s?.Crm ?? "";
            var gRaw = google is not null ? google[m.GooglePath] : s?.Google ?? "";
            var c = ValueNormalizer.Normalize(field, cRaw);
            var g = ValueNormalizer.Normalize(field, gRaw);
            var gForCrmRaw = m.IsLastName && g.Length == 0 && google is not null ? LastNameFallback.For(google) : gRaw;
            var gForCrm = ValueNormalizer.Normalize(field, gForCrmRaw);
            var inSync = c == g || (m.IsLastName && g.Length == 0 && c == gForCrm) || (s is { Converted: true } && c == s.Crm && g == s.Google);

            if (s is null)
            {
                if (inSync)
                {
                    decision.Settled[m.Key] = new FieldSnapshot(c, g);
                }
                else if (m.ToGoogle && m.ToCrm)
                {
                    if (c.Length == 0)
                    {
                        WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
                    }
                    else if (g.Length == 0)
                    {
                        WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
                    }
                    else
                    {
                        Conflict(decision, m, crmWins, cRaw, gRaw, gForCrmRaw, c, g);
                    }
                }
                else if (m.ToGoogle && c.Length > 0)
                {
                    WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
                }
                else if (m.ToCrm && gForCrm.Length > 0)
                {
                    WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
                }
                else
                {
                    decision.Settled[m.Key] = new FieldSnapshot(c, g);
                }

                continue;
            }

            var cChanged = c != s.Crm;
            var gChanged = g != s.Google;
            if (!cChanged && !gChanged)
            {
                if (enforceOneWay && !inSync)
                {
                    EnforceSource(decision, m, cRaw, gRaw, gForCrmRaw, c, g);
                }

                continue;
            }

            if (inSync)
            {
                decision.Settled[m.Key] = new FieldSnapshot(c, g);
            }
            else if (cChanged && !gChanged)
            {
                if (m.ToGoogle)
                {
                    WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
                }
                else if (enforceOneWay && m.ToCrm)
                {
                    WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
                }
            }
            else if (gChanged && !cChanged)
            {
                if (m.ToCrm)
                {
                    WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
                }
                else if (enforceOneWay && m.ToGoogle)
                {
                    WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
                }
            }
            else if (m.ToGoogle && m.ToCrm)
            {
                Conflict(decision, m, crmWins, cRaw, gRaw, gForCrmRaw, c, g);
            }
            else if (m.ToGoogle)
            {
                WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
            }
            else if (m.ToCrm)
            {
                WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
            }
        }

        return decision;
    }

    private static void EnforceSource(MergeDecision decision, ResolvedMapping m, string cRaw, string gRaw, string gForCrmRaw, string c, string g)
    {
        if (m.ToGoogle && !m.ToCrm)
        {
            WriteGoogle(decision, m, cRaw, gRaw, c, conflict: false);
        }
        else if (m.ToCrm && !m.ToGoogle)
        {
            WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: false);
        }
    }

    private static void Conflict(MergeDecision decision, ResolvedMapping m, bool crmWins, string cRaw, string gRaw, string gForCrmRaw, string c, string g)
    {
        decision.Conflicts++;
        if (crmWins)
        {
            WriteGoogle(decision, m, cRaw, gRaw, c, conflict: true);
        }
        else
        {
            WriteCrm(decision, m, gForCrmRaw, cRaw, g, conflict: true);
        }
    }

    private static void WriteGoogle(MergeDecision decision, ResolvedMapping m, string value, string oldValue, string crmNormalized, bool conflict)
    {
        var written = value.Trim();
        decision.ToGoogle[m.GooglePath] = written;
        decision.AfterGoogleWrite[m.Key] = new FieldSnapshot(crmNormalized, ValueNormalizer.Normalize(m.Path.Field, written));
        decision.GoogleChanges.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, oldValue, written, conflict));
    }

    private static void WriteCrm(MergeDecision decision, ResolvedMapping m, string value, string oldValue, string googleNormalized, bool conflict)
    {
        var written = value.Trim();
        decision.ToCrm[m.CrmField] = written;
        decision.AfterCrmWrite[m.Key] = new FieldSnapshot(ValueNormalizer.Normalize(m.Path.Field, written), googleNormalized);
        decision.CrmChanges.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, oldValue, written, conflict));
    }
}
