using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Google;

internal sealed partial class GoogleApi
{
    private static readonly string[] GroupFieldPaths = ["clientData", "groupType", "memberCount", "metadata", "name"];

    private static JsonObject RenderGroup(StoredGroup g, IReadOnlyCollection<string> fields, int maxMembers)
    {
        var o = new JsonObject
        {
            ["resourceName"] = g.ResourceName,
            ["etag"] = "#" + Convert.ToBase64String(Encoding.ASCII.GetBytes(g.Id + ":" + g.Version)),
        };
        if (fields.Contains("metadata"))
        {
            o["metadata"] = new JsonObject { ["updateTime"] = g.UpdateTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) };
        }

        if (fields.Contains("groupType"))
        {
            o["groupType"] = g.System ? "SYSTEM_CONTACT_GROUP" : "USER_CONTACT_GROUP";
        }

        if (fields.Contains("name"))
        {
            o["name"] = g.Name;
            o["formattedName"] = g.System ? g.Name switch
            {
                "myContacts" => "My Contacts",
                "starred" => "Starred",
                "chatBuddies" => "Chat contacts",
                "all" => "All Contacts",
                "blocked" => "Blocked",
                _ => g.Name,
            } : g.Name;
        }

        if (maxMembers > 0 && g.Members.Count > 0)
        {
            o["memberResourceNames"] = g.Members.Order(StringComparer.Ordinal).Take(maxMembers).ToJsonArray();
        }

        if (fields.Contains("memberCount") && g.Members.Count > 0)
        {
            o["memberCount"] = g.Members.Count;
        }

        if (fields.Contains("clientData") && g.ClientData is { Count: > 0 })
        {
            o["clientData"] = g.ClientData.DeepClone();
        }

        return o;
    }

    private static JsonObject? GroupMask(string? text, string param, out List<string> fields)
    {
        if (string.IsNullOrEmpty(text))
        {
            fields = ["metadata", "groupType", "memberCount", "name"];
            return null;
        }

        var bad = PersonJson.ParseMask(text, GroupFieldPaths, out fields);
        return bad is null ? null : GoogleErrors.BadRequest($"Invalid {param} mask path: \"{bad}\".", param);
    }

    private (int, JsonNode) ListGroups(GoogleAccount a, IQueryCollection q)
    {
        var error = GroupMask(q["groupFields"].ToString(), "groupFields", out var fields);
        if (error is not null)
        {
            return (400, error);
        }

        var pageSize = 30;
        if (q["pageSize"].ToString() is { Length: > 0 } ps && (!int.TryParse(ps, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) || pageSize < 0 || pageSize > 1000))
        {
            return (400, GoogleErrors.BadRequest("Page size must be less than or equal to 1000.", "page_size"));
        }

        pageSize = pageSize == 0 ? 30 : pageSize;
        var offset = 0;
        if (q["pageToken"].ToString() is { Length: > 0 } pt)
        {
            var decoded = SyncTokens.Decode(pt, "g", a.Email);
            if (decoded is null)
            {
                return (400, GoogleErrors.BadRequest("Request contains an invalid argument.", "page_token"));
            }

            offset = (int)decoded.Value.A;
        }

        var all = a.Groups.Values.ToList();
        var page = all.Skip(offset).Take(pageSize).Select(g => (JsonNode?)RenderGroup(g, fields, 0)).ToArray();
        var response = new JsonObject { ["contactGroups"] = new JsonArray(page), ["totalItems"] = all.Count };
        if (offset + pageSize < all.Count)
        {
            response["nextPageToken"] = SyncTokens.Encode("g", offset + pageSize, 0, a.Email);
        }
        else
        {
            response["nextSyncToken"] = SyncTokens.Encode("t", a.LastSeq, state.Time.GetUtcNow().ToUnixTimeMilliseconds(), a.Email);
        }

        return (200, response);
    }

    private static (int, JsonNode) GetGroup(GoogleAccount a, string resourceName, IQueryCollection q)
    {
        var error = GroupMask(q["groupFields"].ToString(), "groupFields", out var fields);
        if (error is not null)
        {
            return (400, error);
        }

        var maxMembers = 0;
        if (q["maxMembers"].ToString() is { Length: > 0 } mm && (!int.TryParse(mm, NumberStyles.Integer, CultureInfo.InvariantCulture, out maxMembers) || maxMembers < 0))
        {
            return (400, GoogleErrors.BadRequest("Request contains an invalid argument.", "max_members"));
        }

        return a.Groups.TryGetValue(resourceName, out var g) ? (200, RenderGroup(g, fields, maxMembers)) : (404, GoogleErrors.NotFound());
    }

    private (int, JsonNode) CreateGroup(GoogleAccount a, JsonNode? body)
    {
        var name = body?["contactGroup"]?["name"].Str()?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return (400, GoogleErrors.BadRequest("Contact group name must be set.", "contact_group.name"));
        }

        if (a.Groups.Values.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return (409, GoogleErrors.Error(409, "ALREADY_EXISTS", "Contact group name already exists."));
        }

        var error = GroupMask(body?["readGroupFields"].Str(), "readGroupFields", out var fields);
        if (error is not null)
        {
            return (400, error);
        }

        var g = state.CreateGroup(a, name, body?["contactGroup"]?["clientData"]?.DeepClone() as JsonArray);
        return (200, RenderGroup(g, fields, 0));
    }

    private (int, JsonNode) UpdateGroup(GoogleAccount a, string resourceName, JsonNode? body)
    {
        if (!a.Groups.TryGetValue(resourceName, out var g))
        {
            return (404, GoogleErrors.NotFound());
        }

        if (g.System)
        {
            return (400, GoogleErrors.BadRequest("Cannot modify a system contact group."));
        }

        var name = body?["contactGroup"]?["name"].Str()?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return (400, GoogleErrors.BadRequest("Contact group name must be set.", "contact_group.name"));
        }

        if (a.Groups.Values.Any(o => o != g && string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return (409, GoogleErrors.Error(409, "ALREADY_EXISTS", "Contact group name already exists."));
        }

        g.Name = name;
        g.Version++;
        g.UpdateTime = state.Time.GetUtcNow();
        var error = GroupMask(body?["readGroupFields"].Str(), "readGroupFields", out var fields);
        return error is not null ? (400, error) : (200, RenderGroup(g, fields, 0));
    }

    private (int, JsonNode) DeleteGroup(GoogleAccount a, string resourceName, IQueryCollection q)
    {
        if (!a.Groups.TryGetValue(resourceName, out var g))
        {
            return (404, GoogleErrors.NotFound());
        }

        if (g.System)
        {
            return (400, GoogleErrors.BadRequest("Cannot delete a system contact group."));
        }

        var deleteContacts = string.Equals(q["deleteContacts"], "true", StringComparison.OrdinalIgnoreCase);
        foreach (var rn in g.Members.ToList())
        {
            if (deleteContacts)
            {
                state.Delete(a, rn);
            }
            else
            {
                var p = a.People[rn];
                p.Groups.Remove(g.ResourceName);
                state.Touch(a, p);
            }
        }

        a.Groups.Remove(resourceName);
        return (200, new JsonObject());
    }

    private (int, JsonNode) ModifyMembers(GoogleAccount a, string resourceName, JsonNode? body)
    {
        if (!a.Groups.TryGetValue(resourceName, out var g))
        {
            return (404, GoogleErrors.NotFound());
        }

        if (g.System && g.Id is not ("myContacts" or "starred"))
        {
            return (400, GoogleErrors.BadRequest("Cannot modify membership of this system contact group."));
        }

        var add = (body?["resourceNamesToAdd"] as JsonArray)?.Select(n => n.Str()!).Where(n => n is not null).ToList() ?? [];
        var remove = (body?["resourceNamesToRemove"] as JsonArray)?.Select(n => n.Str()!).Where(n => n is not null).ToList() ?? [];
        if (add.Count + remove.Count > 1000)
        {
            return (400, GoogleErrors.BadRequest("Too many resource names in the request. The total of resourceNamesToAdd and resourceNamesToRemove must be at most 1000."));
        }

        var (notFound, lastGroup) = state.ModifyMembers(a, g, add, remove);
        var response = new JsonObject();
        if (notFound.Count > 0)
        {
            response["notFoundResourceNames"] = notFound.ToJsonArray();
        }

        if (lastGroup.Count > 0)
        {
            response["canNotRemoveLastContactGroupResourceNames"] = lastGroup.ToJsonArray();
        }

        return (200, response);
    }

    private static bool GroupAssignable(GoogleAccount a, string rn) =>
        a.Groups.TryGetValue(rn, out var g) && (!g.System || g.Id is "myContacts" or "starred");
}
