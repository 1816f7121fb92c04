using System.Net;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

public sealed partial class ZohoCrmClient
{
    /// <summary>The Contacts fields (GET /settings/fields?module=Contacts).</summary>
    public async Task<IReadOnlyList<ZohoField>> GetContactFieldsAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "settings/fields?module=Contacts", null, null, "GET /crm/v8/settings/fields", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadObjects(body["fields"]).Select(f => new ZohoField(
            GetString(f, "id"),
            GetString(f, "api_name") ?? "",
            GetString(f, "field_label") ?? GetString(f, "display_label"),
            GetString(f, "data_type"),
            GetString(f, "json_type"),
            f["length"] is JsonValue len && len.TryGetValue<int>(out var l) ? l : null,
            GetBool(f, "custom_field"),
            GetBool(f, "read_only") || GetBool(f, "field_read_only"),
            GetBool(f, "system_mandatory"),
            ReadObjects(f["pick_list_values"]).Select(p => GetString(p, "actual_value") ?? GetString(p, "display_value") ?? "").ToArray())).ToArray();
    }

    /// <summary>The Contacts list views (GET /settings/custom_views?module=Contacts), all pages.</summary>
    public async Task<IReadOnlyList<ZohoCustomView>> GetContactViewsAsync(CancellationToken cancellationToken)
    {
        var views = new List<ZohoCustomView>();
        for (var page = 1; page <= 50; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"settings/custom_views?module=Contacts&page={page}&per_page=200", null, null,
                "GET /crm/v8/settings/custom_views", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var info = body["info"] as JsonObject;
            var defaultId = GetString(info, "default");
            foreach (var v in ReadObjects(body["custom_views"]))
            {
                var id = GetString(v, "id") ?? "";
                views.Add(new ZohoCustomView(id, GetString(v, "name"), GetString(v, "system_name"),
                    GetBool(v, "default") || (defaultId is not null && defaultId == id), GetString(v, "display_value"), GetString(v, "category")));
            }

            if (!GetBool(info, "more_records"))
            {
                break;
            }
        }

        return views;
    }
}
