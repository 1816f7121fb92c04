using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// The snapshot a successful CRM write settles, as the CRM really holds it: a converted value in its stored form, and
/// for a field left out of the write the CRM's value before it, so the source's value is not seen as a change again
/// (it syncs once it changes to something the field can hold). Each left-out or shortened field is noted once.
/// </summary>
internal sealed class CrmWriteSettlement(ApplyState state)
{
    public Dictionary<string, FieldSnapshot> Settle(PairWork work, WriteOutcome outcome, bool created)
    {
        var after = new Dictionary<string, FieldSnapshot>(work.CrmWrite!.After, StringComparer.Ordinal);
        foreach (var m in state.Mappings)
        {
            if (!after.TryGetValue(m.Key, out var settled))
            {
                continue;
            }

            var crm = outcome.Values is { } stored && stored.TryGetValue(m.CrmField, out var text) ? ValueNormalizer.Normalize(m.Path.Field, text)
                : outcome.Notes.Any(n => n.Field == m.CrmField && n.Written is null) ? (created ? "" : CrmValueBefore(work, m))
                : settled.Crm;
            after[m.Key] = new FieldSnapshot(crm, settled.Google, crm != settled.Google);
        }

        foreach (var note in outcome.Notes)
        {
            RecordNote(work, note);
        }

        return after;
    }

    /// <summary>False when every field of a CRM update was left out: nothing was written, so nothing is counted.</summary>
    public static bool WroteAny(PairWork work, WriteOutcome outcome) =>
        work.CrmWrite!.Values.Keys.Any(field => !outcome.Notes.Any(n => n.Field == field && n.Written is null));

    private static string CrmValueBefore(PairWork work, ResolvedMapping m) =>
        work.Crm is { } crm ? ValueNormalizer.Normalize(m.Path.Field, crm[m.CrmField])
        : work.Snapshot.TryGetValue(m.Key, out var snapshot) ? snapshot.Crm
        : "";

    private void RecordNote(PairWork work, FieldNote note)
    {
        state.Progress.Notes++;
        var code = note.Written is null ? "VALUE_NOT_WRITTEN" : "VALUE_SHORTENED";
        state.Pending.Notes.Add(new RecordFailure(SideKind.Crm, work.CrmId, work.Email, code, note.Message, work.CrmId, work.GoogleName)
        {
            Field = note.Field,
            ExpectedType = note.ExpectedType,
            Note = true,
        });
    }
}
