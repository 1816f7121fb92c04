using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// A channel's <c>notification_condition</c> (API v6 on): <c>[{"type":"field_selection","module":{"api_name","id"},
/// "field_selection":{"group_operator":"and|or","group":[{"field":{"api_name","id"}}, {a nested group}]}}]</c>, at most
/// 10 fields in all, with the errors of the v7/v8 "Enable Notifications" page. The documents describe it as a
/// notification "when these fields are changed"; the emulator applies it to edits only (a field counts when the edit
/// changed its value). Whether Zoho also filters creates and deletes by it is not said: they are always notified here.
/// </summary>
internal sealed class ZohoNotificationCondition
{
    private const int MaxFields = 10;
    private static readonly string ModuleId = ZohoEmulatorState.ModuleId.ToString(CultureInfo.InvariantCulture);
    private readonly IReadOnlyList<ZohoConditionNode> _roots;

    private ZohoNotificationCondition(IReadOnlyList<ZohoConditionNode> roots) => _roots = roots;

    /// <summary>True when one of the conditions holds for an edit that changed <paramref name="changedFields"/>.</summary>
    public bool IsMetBy(IReadOnlyList<string> changedFields)
    {
        var set = changedFields.ToHashSet(StringComparer.Ordinal);
        return _roots.Any(r => r.IsMetBy(set));
    }

    /// <summary>The condition as Get Notification Details shows it (leaves carry null group_operator and group).</summary>
    public JsonArray Render() => new(_roots.Select(r => (JsonNode?)new JsonObject
    {
        ["field_selection"] = RenderNode(r),
        ["module"] = new JsonObject { ["api_name"] = "Contacts", ["id"] = ModuleId },
        ["type"] = "field_selection",
    }).ToArray());

    /// <summary>Parses the array at <paramref name="path"/>; returns the per-item error, or null (condition null when absent or empty).</summary>
    public static JsonObject? TryParse(JsonNode? node, string path, ZohoFieldCatalog fields, out ZohoNotificationCondition? condition)
    {
        condition = null;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray entries)
        {
            return ZohoWatchErrors.Invalid("notification_condition", path);
        }

        var roots = new List<ZohoConditionNode>();
        for (var i = 0; i < entries.Count; i++)
        {
            var error = ParseEntry(entries[i], $"{path}[{i}]", fields, out var root);
            if (error is not null)
            {
                return error;
            }

            roots.Add(root!);
        }

        condition = roots.Count > 0 ? new ZohoNotificationCondition(roots) : null;
        return null;
    }

    private static JsonObject? ParseEntry(JsonNode? node, string path, ZohoFieldCatalog fields, out ZohoConditionNode? root)
    {
        root = null;
        if (node is not JsonObject entry)
        {
            return ZohoWatchErrors.Invalid("notification_condition", path);
        }

        if (entry["module"] is null || entry["field_selection"] is null)
        {
            var missing = entry["module"] is null ? "module" : "field_selection";
            return ZohoWatchErrors.Mandatory(missing, $"{path}.{missing}");
        }

        if (entry["type"] is null)
        {
            return ZohoWatchErrors.At("DEPENDENT_FIELD_MISSING", "dependent field missing", "type", path + ".type");
        }

        if (entry["type"].Str() != "field_selection")
        {
            return ZohoWatchErrors.Invalid("type", path + ".type");
        }

        var error = CheckModule(entry["module"], path + ".module") ?? ParseNode(entry["field_selection"], path + ".field_selection", fields, out root);
        if (error is not null)
        {
            return error;
        }

        return root!.FieldCount > MaxFields ? ZohoWatchErrors.Invalid("group", path + ".field_selection.group", "the group can have at most 10 fields") : null;
    }

    private static JsonObject? CheckModule(JsonNode? node, string path)
    {
        if (node is not JsonObject module)
        {
            return ZohoWatchErrors.Invalid("module", path);
        }

        var name = module["api_name"].Str();
        var id = module["id"]?.ToString();
        if (name is null && id is null)
        {
            return ZohoWatchErrors.At("EXPECTED_FIELD_MISSING", "expected field missing", "api_name", path + ".api_name");
        }

        // The emulator has only the Contacts module.
        if (name is not null && name != "Contacts")
        {
            return ZohoWatchErrors.Invalid("api_name", path + ".api_name", "the module name given seems to be invalid");
        }

        if (id is not null && id != ModuleId)
        {
            return name is null
                ? ZohoWatchErrors.Invalid("id", path + ".id")
                : ZohoWatchErrors.At("AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request", "id", path + ".id");
        }

        return null;
    }

    private static JsonObject? ParseNode(JsonNode? node, string path, ZohoFieldCatalog fields, out ZohoConditionNode? result)
    {
        result = null;
        if (node is not JsonObject o || o.Count(p => p.Value is not null) > 2 || (o["field"] is not null && o["group"] is not null))
        {
            return ZohoWatchErrors.Invalid("field_selection", path);
        }

        if (o["field"] is { } field)
        {
            return ParseField(field, path + ".field", fields, out result);
        }

        var op = o["group_operator"].Str()?.ToLowerInvariant();
        if (o["group"] is null || op is null)
        {
            var missing = o["group"] is null ? "group" : "group_operator";
            return ZohoWatchErrors.Mandatory(missing, $"{path}.{missing}");
        }

        if (op is not ("and" or "or") || o["group"] is not JsonArray group || group.Count == 0)
        {
            return ZohoWatchErrors.Invalid(op is "and" or "or" ? "group" : "group_operator", path + (op is "and" or "or" ? ".group" : ".group_operator"));
        }

        var children = new List<ZohoConditionNode>();
        for (var i = 0; i < group.Count; i++)
        {
            var error = ParseNode(group[i], $"{path}.group[{i}]", fields, out var child);
            if (error is not null)
            {
                return error;
            }

            children.Add(child!);
        }

        result = new ZohoConditionNode(null, op, children);
        return null;
    }

    private static JsonObject? ParseField(JsonNode node, string path, ZohoFieldCatalog fields, out ZohoConditionNode? result)
    {
        result = null;
        if (node is not JsonObject f)
        {
            return ZohoWatchErrors.Invalid("field", path);
        }

        var name = f["api_name"].Str();
        var id = f["id"]?.ToString();
        if (name is null && id is null)
        {
            return ZohoWatchErrors.At("EXPECTED_FIELD_MISSING", "expected field missing", "api_name", path + ".api_name");
        }

        var definition = name is not null ? fields.Find(name) : fields.All.FirstOrDefault(d => d.Id.ToString(CultureInfo.InvariantCulture) == id);
        if (definition is null)
        {
            return name is not null ? ZohoWatchErrors.Invalid("api_name", path + ".api_name") : ZohoWatchErrors.Invalid("id", path + ".id");
        }

        if (id is not null && definition.Id.ToString(CultureInfo.InvariantCulture) != id)
        {
            return ZohoWatchErrors.At("AMBIGUITY_DURING_PROCESSING", "ambiguity while processing the request", "id", path + ".id");
        }

        result = new ZohoConditionNode(definition, null, []);
        return null;
    }

    private static JsonObject RenderNode(ZohoConditionNode node) => node.Field is { } field
        ? new JsonObject
        {
            ["field"] = new JsonObject { ["api_name"] = field.ApiName, ["id"] = field.Id.ToString(CultureInfo.InvariantCulture) },
            ["group_operator"] = null,
            ["group"] = null,
        }
        : new JsonObject { ["group_operator"] = node.Operator, ["group"] = new JsonArray(node.Children.Select(c => (JsonNode?)RenderNode(c)).ToArray()) };
}
