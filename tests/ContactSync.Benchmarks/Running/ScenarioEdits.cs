using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Benchmarks.Emulator;

namespace ContactSync.Benchmarks.Running;

/// <summary>The scenarios' data edits: chooses records through the control surface and edits them through the public APIs.</summary>
internal sealed class ScenarioEdits(EmulatorControl control, PublicApiEditor editor, string googleGroup)
{
    private const string SharedDomain = "@shared.example.com";

    /// <summary>
    /// Before a first bidirectional sync: of the pairs seeded with the same email (sorted by email),
    /// <paramref name="perSide"/> pairs whose CRM record has a Description get a new Google biography, and
    /// <paramref name="perSide"/> other pairs a new CRM title, so 2 × <paramref name="perSide"/> matched pairs hold
    /// two different non-empty values in one mapped field (true conflicts, not an empty field to fill).
    /// </summary>
    public async Task MakeConflictsAsync(int perSide, string tag, CancellationToken cancellationToken)
    {
        var zoho = await control.GetZohoContactsAsync(cancellationToken);
        var google = await control.GetGoogleContactsAsync(cancellationToken);
        var zohoByEmail = zoho.Where(r => ZohoEmail(r) is { } e && e.EndsWith(SharedDomain, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(r => ZohoEmail(r)!.ToLowerInvariant(), StringComparer.Ordinal);
        var googleByEmail = google.Where(InGroup).Where(p => WorkEmail(p) is { } e && e.EndsWith(SharedDomain, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => WorkEmail(p)!.ToLowerInvariant(), StringComparer.Ordinal);
        var shared = zohoByEmail.Keys.Where(googleByEmail.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (shared.Count < 2 * perSide)
        {
            throw new InvalidOperationException($"only {shared.Count} matching pairs seeded, {2 * perSide} needed");
        }

        var withDescription = shared.Where(e => zohoByEmail[e]["Description"] is JsonValue d && d.TryGetValue<string>(out var text) && text.Length > 0).Take(perSide).ToList();
        if (withDescription.Count < perSide)
        {
            throw new InvalidOperationException($"only {withDescription.Count} matching pairs with a CRM Description, {perSide} needed");
        }

        var googleEdits = withDescription.Select(e => (Rn(googleByEmail[e]), Etag(googleByEmail[e]))).ToList();
        var zohoEdits = shared.Except(withDescription, StringComparer.Ordinal).Take(perSide).Select(e => ZohoId(zohoByEmail[e])).ToList();
        await editor.UpdateGoogleBiographyAsync(googleEdits, i => $"Edited in Google ({tag} #{i})", cancellationToken);
        await editor.UpdateZohoAsync(zohoEdits, "Title", i => $"Edited in CRM ({tag} #{i})", cancellationToken);
    }

    /// <summary>
    /// After a completed sync: <paramref name="perSide"/> CRM records (with an email, sorted by email) get a new
    /// Title, and <paramref name="perSide"/> Google contacts of the group with other emails get a new biography.
    /// </summary>
    public async Task EditBothSidesAsync(int perSide, string tag, CancellationToken cancellationToken)
    {
        var zoho = await control.GetZohoContactsAsync(cancellationToken);
        var zohoPicked = zoho.Where(r => ZohoEmail(r) is not null)
            .OrderBy(r => ZohoEmail(r)!.ToLowerInvariant(), StringComparer.Ordinal)
            .Take(perSide)
            .ToList();
        var taken = zohoPicked.Select(r => ZohoEmail(r)!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var google = await control.GetGoogleContactsAsync(cancellationToken);
        var googlePicked = google.Where(InGroup)
            .Where(p => WorkEmail(p) is { } e && !taken.Contains(e.ToLowerInvariant()))
            .OrderBy(p => WorkEmail(p)!.ToLowerInvariant(), StringComparer.Ordinal)
            .Take(perSide)
            .ToList();
        if (zohoPicked.Count < perSide || googlePicked.Count < perSide)
        {
            throw new InvalidOperationException($"not enough records to edit: {zohoPicked.Count} CRM, {googlePicked.Count} Google");
        }

        await editor.UpdateZohoAsync(zohoPicked.Select(ZohoId).ToList(), "Title", i => $"Edited in CRM ({tag} #{i})", cancellationToken);
        await editor.UpdateGoogleBiographyAsync(googlePicked.Select(p => (Rn(p), Etag(p))).ToList(), i => $"Edited in Google ({tag} #{i})", cancellationToken);
    }

    private static string? ZohoEmail(JsonObject r) => r["Email"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static string ZohoId(JsonObject r) => r["id"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("CRM record without id"),
    };

    private static string Rn(JsonObject p) => p["resourceName"]!.GetValue<string>();

    private static string Etag(JsonObject p) => p["etag"]!.GetValue<string>();

    private static string? WorkEmail(JsonObject p) =>
        (p["emailAddresses"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(e => e["type"]?.GetValue<string>() == "work")?["value"]?.GetValue<string>();

    private bool InGroup(JsonObject p) =>
        (p["memberships"] as JsonArray)?.OfType<JsonObject>()
            .Any(m => m["contactGroupMembership"]?["contactGroupResourceName"]?.GetValue<string>() == googleGroup) == true;
}
