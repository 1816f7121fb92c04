using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>
/// Pairs creates whose outcome is unknown with records created since they were sent: by the cross-reference field (the
/// Google resource name the create wrote), then by email (unique in Zoho), then — for records with neither — by every
/// value the create wrote. Each record pairs with one write at most; identical writes take identical records in turn.
/// </summary>
internal static class ZohoCreatedMatcher
{
    public static IReadOnlyList<CrmContact?> Match(IReadOnlyList<CrmWrite> writes, IReadOnlyList<CrmContact> created)
    {
        var free = created.ToList();
        var result = new CrmContact?[writes.Count];
        Pass(writes, free, result, (w, r) => w.GoogleRef is { Length: > 0 } googleRef && r.GoogleRef == googleRef);
        Pass(writes, free, result, (w, r) => Email(w) is { Length: > 0 } email && Same(r["Email"], email));
        Pass(writes, free, result, (w, r) => Email(w).Length == 0 && r["Email"].Length == 0 && w.Values.All(kv => Same(r[kv.Key], kv.Value)));
        return result;
    }

    private static void Pass(IReadOnlyList<CrmWrite> writes, List<CrmContact> free, CrmContact?[] result, Func<CrmWrite, CrmContact, bool> matches)
    {
        for (var i = 0; i < writes.Count; i++)
        {
            if (result[i] is not null)
            {
                continue;
            }

            var match = free.FirstOrDefault(r => matches(writes[i], r));
            if (match is not null)
            {
                result[i] = match;
                free.Remove(match);
            }
        }
    }

    private static string Email(CrmWrite write) => write.Values.GetValueOrDefault("Email", "").Trim();

    private static bool Same(string stored, string written) =>
        string.Equals(Collapse(stored), Collapse(written), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
