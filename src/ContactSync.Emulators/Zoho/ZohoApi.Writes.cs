using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Zoho;

internal sealed partial class ZohoApi
{
    private enum WriteKind
    {
        Insert,
        Update,
        Upsert,
    }

    private (int, JsonNode?) Write(ZohoUser user, JsonNode? body, WriteKind kind, string? pathId)
    {
        var required = kind switch
        {
            WriteKind.Insert => ZohoPermissions.Create,
            WriteKind.Update => ZohoPermissions.Edit,
            _ => null,
        };
        if ((required is not null && !state.Has(user, required))
            || (kind == WriteKind.Upsert && !state.Has(user, ZohoPermissions.Create) && !state.Has(user, ZohoPermissions.Edit)))
        {
            return (403, ZohoErrors.NoPermission(required ?? ZohoPermissions.Create));
        }

        if (body is not JsonObject root)
        {
            return (400, ZohoErrors.Error("INVALID_REQUEST", "unable to process your request. please verify whether you have entered proper method name, parameter and parameter values."));
        }

        if (root["data"] is not JsonArray data || data.Count == 0)
        {
            return (400, ZohoErrors.Error("MANDATORY_NOT_FOUND", "required field not found", new JsonObject { ["api_name"] = "data", ["json_path"] = "$.data" }));
        }

        if (data.Count > 100 || (pathId is not null && data.Count > 1))
        {
            return (400, ZohoErrors.Error("LIMIT_EXCEEDED", "the maximum number of records allowed per request is exceeded", new JsonObject { ["api_name"] = "data", ["json_path"] = "$.data", ["limit"] = pathId is null ? 100 : 1 }));
        }

        var checkFields = new List<string>();
        if (kind == WriteKind.Upsert && !TryReadDuplicateCheckFields(root, out checkFields))
        {
            return (400, ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["api_name"] = "duplicate_check_fields", ["json_path"] = "$.duplicate_check_fields" }));
        }

        var (results, ok, anyInsert) = WriteEach(user, data, kind, pathId, checkFields);

        var status = ok == data.Count ? (anyInsert && kind != WriteKind.Update ? 201 : 200) : ok == 0 ? 400 : 207;
        return (status, new JsonObject { ["data"] = results });
    }

    private (JsonArray Results, int Ok, bool AnyInsert) WriteEach(ZohoUser user, JsonArray data, WriteKind kind, string? pathId, List<string> checkFields)
    {
        var results = new JsonArray();
        var ok = 0;
        var anyInsert = false;
        lock (state.Sync)
        {
            for (var i = 0; i < data.Count; i++)
            {
                if (data[i] is not JsonObject item)
                {
                    results.Add(ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["json_path"] = $"$.data[{i}]" }));
                    continue;
                }

                var (success, entry) = kind switch
                {
                    WriteKind.Insert => state.Insert(user, item, i),
                    WriteKind.Update => state.Update(user, pathId ?? item["id"]?.ToString(), item, i),
                    _ => state.Upsert(user, item, checkFields, i),
                };
                if (success)
                {
                    ok++;
                    anyInsert |= kind == WriteKind.Insert || entry["action"]?.ToString() == "insert";
                }

                results.Add(entry);
            }
        }

        return (results, ok, anyInsert);
    }

    /// <summary>
    /// An upsert's duplicate check fields: the unique fields it names, led by Email (Contacts' system-defined check) when it
    /// names none or only user-defined ones. False when a name is not a unique field.
    /// </summary>
    private bool TryReadDuplicateCheckFields(JsonObject root, out List<string> checkFields)
    {
        checkFields = [];
        if (root["duplicate_check_fields"] is JsonArray dcf)
        {
            foreach (var f in dcf)
            {
                var name = f.Str();
                if (name is null || state.Fields.Find(name) is not { Unique: true })
                {
                    return false;
                }

                checkFields.Add(name);
            }
        }

        if (checkFields.Count == 0 || checkFields.All(f => state.Fields.Find(f)!.Custom))
        {
            // System-defined duplicate check field of Contacts (Email) first, then the user-defined unique fields.
            checkFields = ["Email", .. checkFields.Count == 0 ? state.Fields.Unique.Where(f => f.Custom).Select(f => f.ApiName) : checkFields];
        }

        return true;
    }

    private (int, JsonNode?) DeleteMany(HttpContext ctx, ZohoUser user)
    {
        var ids = ctx.Request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            return (400, ZohoErrors.RequiredParam("ids"));
        }

        if (ids.Length > 100)
        {
            return (400, ZohoErrors.Error("LIMIT_EXCEEDED", "the maximum number of records allowed per request is exceeded", new JsonObject { ["param_name"] = "ids", ["limit"] = 100 }));
        }

        return DeleteIds(user, ids);
    }

    private (int, JsonNode?) DeleteIds(ZohoUser user, IReadOnlyList<string> ids)
    {
        if (!state.Has(user, ZohoPermissions.Delete))
        {
            return (403, ZohoErrors.NoPermission(ZohoPermissions.Delete));
        }

        var results = new JsonArray();
        var ok = 0;
        lock (state.Sync)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var (success, entry) = state.Delete(user, ids[i]);
                ok += success ? 1 : 0;
                results.Add(entry);
            }
        }

        return (ok == ids.Count ? 200 : ok == 0 ? 400 : 207, new JsonObject { ["data"] = results });
    }

    private (int, JsonNode?) AddTags(HttpContext ctx, ZohoUser user, JsonNode? body)
    {
        if (!state.Has(user, ZohoPermissions.Edit))
        {
            return (403, ZohoErrors.NoPermission(ZohoPermissions.Edit));
        }

        var tags = (body?["tags"] as JsonArray)?.Select(t => t?["name"].Str()).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList() ?? [];
        if (tags.Count == 0)
        {
            return (400, ZohoErrors.Error("MANDATORY_NOT_FOUND", "required field not found", new JsonObject { ["api_name"] = "tags", ["json_path"] = "$.tags" }));
        }

        var ids = (body?["ids"] as JsonArray)?.Select(i => i?.ToString()).Where(i => i is not null).Select(i => i!).ToList() ?? [];
        if (ids.Count == 0)
        {
            ids = [.. ctx.Request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        if (ids.Count == 0)
        {
            return (400, ZohoErrors.Error("MANDATORY_NOT_FOUND", "required field not found", new JsonObject { ["api_name"] = "ids", ["json_path"] = "$.ids" }));
        }

        var overwrite = string.Equals(ctx.Request.Query["over_write"], "true", StringComparison.OrdinalIgnoreCase) || body?["over_write"]?.GetValue<bool>() == true;
        var results = new JsonArray();
        var ok = 0;
        lock (state.Sync)
        {
            foreach (var id in ids)
            {
                var (success, entry) = state.AddTags(user, id, tags, overwrite);
                ok += success ? 1 : 0;
                results.Add(entry);
            }
        }

        return (ok == 0 ? 400 : 200, new JsonObject
        {
            ["data"] = results,
            ["wf_scheduler"] = false,
            ["success_count"] = ok.ToString(CultureInfo.InvariantCulture),
            ["locked_count"] = "0",
        });
    }
}
