using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>Renders fields, custom views, users and profiles with the key names of fields.json, custom_views.json, users.json and profiles.json.</summary>
internal static class ZohoMetadata
{
    private static readonly string[] ViewFields = ["Full_Name", "Email", "Phone", "Account_Name", "Owner"];

    private const string CreatedTime = "2024-01-15T09:30:00+01:00";

    private static string S(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static JsonObject Field(ZohoFieldDefinition f)
    {
        var pick = f.PickList?.Select((v, i) => (JsonNode?)new JsonObject
        {
            ["display_value"] = v,
            ["sequence_number"] = i + 1,
            ["actual_value"] = v,
            ["id"] = S(f.Id * 10 + i),
            ["type"] = "used",
        }).ToArray() ?? [];
        return new JsonObject
        {
            ["api_name"] = f.ApiName,
            ["field_label"] = f.Label,
            ["display_label"] = f.Label,
            ["data_type"] = f.DataType,
            ["json_type"] = f.JsonType,
            ["length"] = f.Length,
            ["id"] = S(f.Id),
            ["system_mandatory"] = f.Mandatory,
            ["read_only"] = f.ReadOnly,
            ["field_read_only"] = f.ReadOnly,
            ["custom_field"] = f.Custom,
            ["visible"] = true,
            ["created_source"] = f.Custom ? "crm_ui" : "default",
            ["sortable"] = true,
            ["searchable"] = !f.ReadOnly || f.DataType == "datetime",
            ["filterable"] = true,
            ["unique"] = f.Unique ? new JsonObject { ["casesensitive"] = "false" } : new JsonObject(),
            ["lookup"] = f.DataType == "lookup"
                ? new JsonObject { ["display_label"] = f.Label, ["api_name"] = f.ApiName, ["module"] = new JsonObject { ["api_name"] = f.ApiName == "Account_Name" ? "Accounts" : "Contacts", ["id"] = S(ZohoEmulatorState.ModuleId) } }
                : new JsonObject(),
            ["pick_list_values"] = new JsonArray(pick),
            ["operation_type"] = new JsonObject { ["web_update"] = !f.ReadOnly, ["api_create"] = !f.ReadOnly, ["web_create"] = !f.ReadOnly, ["api_update"] = !f.ReadOnly },
        };
    }

    public static JsonObject Views(ZohoEmulatorState state) => new()
    {
        ["custom_views"] = new JsonArray(state.Views.Select(v => (JsonNode?)View(state, v, false)).ToArray()),
        ["info"] = new JsonObject
        {
            ["per_page"] = 200,
            ["default"] = S(state.Views.First(v => v.IsDefault).Id),
            ["count"] = state.Views.Count,
            ["translation"] = new JsonObject
            {
                ["public_views"] = "Public Views",
                ["other_users_views"] = "Other Users' Views",
                ["shared_with_me"] = "Views shared with me",
                ["created_by_me"] = "Created By Me",
            },
            ["page"] = 1,
            ["more_records"] = false,
        },
    };

    public static JsonObject View(ZohoEmulatorState state, ZohoCustomView v, bool detailed)
    {
        var admin = state.UserRef(state.Users[0].Id, false);
        var o = new JsonObject
        {
            ["display_value"] = v.DisplayValue,
            ["created_time"] = v.SystemDefined ? null : CreatedTime,
            ["access_type"] = "public",
            ["system_name"] = v.SystemName,
            ["category"] = v.Category,
            ["created_by"] = v.SystemDefined ? null : admin,
            ["sort_order"] = null,
            ["modified_by"] = v.SystemDefined ? null : admin.DeepClone(),
            ["default"] = v.IsDefault,
            ["modified_time"] = v.SystemDefined ? null : CreatedTime,
            ["name"] = v.Name,
            ["system_defined"] = v.SystemDefined,
            ["locked"] = false,
            ["id"] = S(v.Id),
            ["favorite"] = null,
            ["offline"] = false,
            ["last_accessed_time"] = null,
        };
        if (detailed)
        {
            o["module"] = new JsonObject { ["api_name"] = "Contacts", ["id"] = S(ZohoEmulatorState.ModuleId) };
            o["criteria"] = v.Criteria?.DeepClone();
            o["fields"] = new JsonArray(ViewFields
                .Select(n => (JsonNode?)new JsonObject { ["api_name"] = n, ["id"] = S(state.Fields.Find(n)!.Id), ["_pin"] = false }).ToArray());
            o["sort_by"] = null;
            o["shared_to"] = null;
        }

        return o;
    }

    public static (int, JsonNode?) Users(ZohoEmulatorState state, ZohoUser current, string type)
    {
        var users = type switch
        {
            "" or "AllUsers" => state.Users,
            "ActiveUsers" or "ActiveConfirmedUsers" or "ConfirmedUsers" => state.Users.Where(IsActive),
            "CurrentUser" => [current],
            "AdminUsers" or "ActiveConfirmedAdmins" => state.Users.Where(u => IsActive(u) && state.ProfileOf(u).IsAdmin),
            "DeactiveUsers" => state.Users.Where(u => !IsActive(u)),
            "NotConfirmedUsers" or "DeletedUsers" => [],
            _ => null!,
        };
        if (users is null)
        {
            return (400, ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["param_name"] = "type" }));
        }

        var list = users.ToList();
        if (list.Count == 0)
        {
            return (204, null);
        }

        return (200, new JsonObject
        {
            ["users"] = new JsonArray(list.Select(u => (JsonNode?)User(state, u)).ToArray()),
            ["info"] = new JsonObject { ["per_page"] = 200, ["count"] = list.Count, ["page"] = 1, ["more_records"] = false },
        });
    }

    private static bool IsActive(ZohoUser u) => string.Equals(u.Status, "active", StringComparison.Ordinal);

    public static JsonObject User(ZohoEmulatorState state, ZohoUser u)
    {
        var role = state.Roles.First(r => r.Id == u.RoleId);
        var profile = state.ProfileOf(u);
        var manager = role.ReportsTo is { } parentRole ? state.Users.FirstOrDefault(x => x.RoleId == parentRole) : null;
        return new JsonObject
        {
            ["country"] = "DE",
            ["language"] = "en_US",
            ["id"] = S(u.Id),
            ["zuid"] = S(u.Id - 5725767000000000000),
            ["first_name"] = u.FirstName,
            ["last_name"] = u.LastName,
            ["full_name"] = u.FullName,
            ["email"] = u.Email,
            ["role"] = new JsonObject { ["name"] = role.Name, ["id"] = S(role.Id) },
            ["profile"] = new JsonObject { ["name"] = profile.Name, ["id"] = S(profile.Id) },
            ["status"] = u.Status,
            ["confirm"] = true,
            ["time_zone"] = u.TimeZone,
            ["offset"] = (long)u.Offset.TotalMilliseconds,
            ["locale"] = "en_US",
            ["country_locale"] = "en_US",
            ["time_format"] = "HH:mm",
            ["date_format"] = "yyyy-MM-dd",
            ["Reporting_To"] = manager is null ? null : new JsonObject { ["name"] = manager.FullName, ["id"] = S(manager.Id) },
            ["created_time"] = CreatedTime,
            ["Modified_Time"] = CreatedTime,
        };
    }

    /// <summary>
    /// permissions_details (Permission_Detail: id, enabled, name, display_label, customizable, parent_permissions, module)
    /// and sections → categories (Category_Module: name, display_label, module, permissions_details = the ids), one category
    /// per module, as profiles.json describes a profile read by id.
    /// </summary>
    private static void AddPermissions(JsonObject o, ZohoProfile p)
    {
        var details = p.Permissions.Select((perm, i) => new JsonObject
        {
            ["id"] = S(p.Id * 100 + i),
            ["enabled"] = perm.Enabled,
            ["name"] = perm.Name,
            ["display_label"] = perm.Label,
            ["customizable"] = !p.IsAdmin,
            ["parent_permissions"] = new JsonArray(),
            ["module"] = perm.Module,
        }).ToList();
        o["permissions_details"] = new JsonArray(details.Select(d => (JsonNode?)d).ToArray());
        var categories = details.GroupBy(d => d["module"]!.GetValue<string>()).Select(g => (JsonNode?)new JsonObject
        {
            ["display_label"] = g.Key,
            ["permissions_details"] = new JsonArray(g.Select(d => (JsonNode?)d["id"]!.GetValue<string>()).ToArray()),
            ["name"] = g.Key,
            ["module"] = g.Key,
        }).ToArray();
        o["sections"] = new JsonArray(new JsonObject { ["name"] = "module_level_permissions", ["categories"] = new JsonArray(categories) });
    }

    public static JsonObject Profile(ZohoEmulatorState state, ZohoProfile p, bool detailed)
    {
        var admin = state.UserRef(state.Users[0].Id, false);
        var o = new JsonObject
        {
            ["name"] = p.Name,
            ["display_label"] = p.Name,
            ["description"] = p.IsAdmin ? "This profile will have all the permissions." : p.Name + " profile",
            ["id"] = S(p.Id),
            ["default"] = p.Name == "Standard",
            ["custom"] = p.Name == "Read Only",
            ["type"] = "normal_profile",
            ["permission_type"] = p.IsAdmin ? "administrator" : "normal",
            ["category"] = false,
            ["created_time"] = CreatedTime,
            ["modified_time"] = CreatedTime,
            ["created_by"] = admin,
            ["modified_by"] = admin.DeepClone(),
        };
        if (detailed)
        {
            AddPermissions(o, p);
        }

        return o;
    }
}
