using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>One mapped field of a pair, as the merge compares it: raw and normalised on each side.</summary>
/// <param name="CrmRaw">The CRM value as read (or as last synced when the record did not change).</param>
/// <param name="GoogleRaw">The Google value as read (or as last synced).</param>
/// <param name="GoogleForCrmRaw">The value the CRM gets from Google: for an empty family name, the Last_Name fallback.</param>
/// <param name="Crm">The CRM value normalised.</param>
/// <param name="Google">The Google value normalised.</param>
/// <param name="GoogleForCrm">The value the CRM gets from Google, normalised.</param>
/// <param name="InSync">True when the two sides agree: equal normalised values, the fallback in Last_Name, or a pair
/// whose CRM value was converted from the Google value as it stands.</param>
internal readonly record struct FieldValues(string CrmRaw, string GoogleRaw, string GoogleForCrmRaw, string Crm, string Google, string GoogleForCrm, bool InSync)
{
    public static FieldValues Of(ResolvedMapping m, CrmContact? crm, GoogleContact? google, FieldSnapshot? snapshot)
    {
        var field = m.Path.Field;
        var cRaw = crm is not null ? crm[m.CrmField] : snapshot?.Crm ?? "";
        var gRaw = google is not null ? google[m.GooglePath] : snapshot?.Google ?? "";
        var c = ValueNormalizer.Normalize(field, cRaw);
        var g = ValueNormalizer.Normalize(field, gRaw);
        var gForCrmRaw = m.IsLastName && g.Length == 0 && google is not null ? LastNameFallback.For(google) : gRaw;
        var gForCrm = ValueNormalizer.Normalize(field, gForCrmRaw);
        var inSync = c == g || (m.IsLastName && g.Length == 0 && c == gForCrm) || (snapshot is { Converted: true } && c == snapshot.Crm && g == snapshot.Google);
        return new FieldValues(cRaw, gRaw, gForCrmRaw, c, g, gForCrm, inSync);
    }
}
