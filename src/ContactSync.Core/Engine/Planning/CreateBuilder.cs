using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The values of a new record: every mapped field the plan writes in that direction and the source holds. Fields not
/// written are remembered in the snapshot as empty on the target, so they are no change later. A CRM record always gets
/// a <c>Last_Name</c> (see <see cref="LastNameFallback"/>), and the fallback is settled in the snapshot so it is never
/// pushed back to Google.
/// </summary>
internal static class CreateBuilder
{
    /// <summary>A Google contact for an unlinked CRM record.</summary>
    public static PlannedCreate ForGoogle(PlanningContext context, PairInput pair, CrmContact record)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var snapshot = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var changes = new List<FieldChangeInfo>();
        foreach (var m in context.Mappings)
        {
            var raw = record[m.CrmField].Trim();
            var normalized = ValueNormalizer.Normalize(m.Path.Field, raw);
            if (m.ToGoogle && raw.Length > 0)
            {
                values[m.GooglePath] = raw;
                after[m.Key] = new FieldSnapshot(normalized, normalized);
                changes.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, "", raw, false));
            }
            else
            {
                snapshot[m.Key] = new FieldSnapshot(normalized, "");
            }
        }

        return new PlannedCreate(SideKind.Google, pair.CrmId, "", record, null, "", "", snapshot, pair.Email, pair.DisplayName,
            new PlannedWrite(values, after, changes), null, context.Failing.IsFailing(pair.CrmId, ""));
    }

    /// <summary>A CRM record for an unlinked Google contact, with its write-ahead intent.</summary>
    public static PlannedCreate ForCrm(PlanningContext context, PairInput pair, GoogleContact contact)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var snapshot = new Dictionary<string, FieldSnapshot>(StringComparer.Ordinal);
        var changes = new List<FieldChangeInfo>();
        foreach (var m in context.Mappings)
        {
            var googleRaw = contact[m.GooglePath].Trim();
            var googleNormalized = ValueNormalizer.Normalize(m.Path.Field, googleRaw);
            var raw = m.IsLastName && googleRaw.Length == 0 ? LastNameFallback.For(contact) : googleRaw;
            if (m.ToCrm && raw.Length > 0)
            {
                values[m.CrmField] = raw;
                after[m.Key] = new FieldSnapshot(ValueNormalizer.Normalize(m.Path.Field, raw), googleNormalized);
                changes.Add(new FieldChangeInfo(m.CrmField, m.GooglePath, "", raw, false));
            }
            else
            {
                snapshot[m.Key] = new FieldSnapshot("", googleNormalized);
            }
        }

        if (!values.TryGetValue("Last_Name", out var lastName))
        {
            lastName = LastNameFallback.For(contact);
            values["Last_Name"] = lastName;
        }

        var intent = new PendingCrmCreate(contact.ResourceName, pair.Email, lastName, values.GetValueOrDefault("First_Name", ""));
        return new PlannedCreate(SideKind.Crm, "", pair.GoogleName, null, contact, contact.Etag, contact.State, snapshot, pair.Email, pair.DisplayName,
            new PlannedWrite(values, after, changes), intent, context.Failing.IsFailing("", pair.GoogleName));
    }
}
