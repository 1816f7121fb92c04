using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

internal sealed partial class ZohoApi
{
    private static readonly string[] PhoneFields = ["Phone", "Mobile", "Home_Phone", "Other_Phone", "Asst_Phone", "Fax"];

    private (int, JsonNode?) ListDeleted(HttpContext ctx, ZohoUser user)
    {
        var q = ctx.Request.Query;
        var type = q["type"].ToString();
        type = type.Length == 0 ? "all" : type;
        if (type is not ("all" or "recycle" or "permanent"))
        {
            return (400, ZohoErrors.InvalidParam("type"));
        }

        if (ReadPaging(q, out var perPage, out var page) is { } pagingError)
        {
            return (400, pagingError);
        }

        var (ims, imsError) = ParseIfModifiedSince(ctx);
        if (imsError is not null)
        {
            return (400, imsError);
        }

        lock (state.Sync)
        {
            var visible = state.VisibleOwners(user);
            var rows = type == "permanent"
                ? []
                : state.Deleted.AsEnumerable().Reverse()
                    .Where(d => visible.Contains(d.OwnerId) && (ims is null || d.DeletedSec > ims.Value))
                    .Skip((page - 1) * perPage).Take(perPage + 1).ToList();
            if (rows.Count == 0)
            {
                return (ims is not null ? 304 : 204, null);
            }

            var more = rows.Count > perPage;
            if (more)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var data = new JsonArray(rows.Select(d => (JsonNode?)new JsonObject
            {
                ["deleted_by"] = state.UserRef(d.DeletedBy, false),
                ["id"] = d.Id.ToString(CultureInfo.InvariantCulture),
                ["display_name"] = d.DisplayName,
                ["type"] = "recycle",
                ["created_by"] = state.UserRef(d.CreatedBy, false),
                ["deleted_time"] = ZohoEmulatorState.FormatTime(d.DeletedSec, user),
            }).ToArray());
            return (200, new JsonObject
            {
                ["data"] = data,
                ["info"] = new JsonObject { ["per_page"] = perPage, ["count"] = rows.Count, ["page"] = page, ["more_records"] = more },
            });
        }
    }

    private (int, JsonNode?) Search(HttpContext ctx, ZohoUser user)
    {
        var q = ctx.Request.Query;
        List<string>? fields = null;
        if (q["fields"].ToString() is { Length: > 0 } fp)
        {
            var (f, error) = ParseFields(fp);
            if (error is not null)
            {
                return (400, error);
            }

            fields = f;
        }

        if (ReadPaging(q, out var perPage, out var page) is { } pagingError)
        {
            return (400, pagingError);
        }

        if ((long)page * perPage > DiscreteLimit)
        {
            return (400, ZohoErrors.Error("LIMIT_REACHED", "search results are limited to 2000 records", new JsonObject { ["limit"] = DiscreteLimit }));
        }

        var (predicate, searchError) = SearchPredicate(q, user);
        if (predicate is null)
        {
            return (400, searchError);
        }

        lock (state.Sync)
        {
            var cvid = q["cvid"].ToString();
            var view = cvid.Length > 0 ? state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == cvid) : null;
            var visible = state.VisibleOwners(user);
            var rows = state.AllRecords
                .Where(r => visible.Contains(r.OwnerId) && predicate(r) && (view?.Criteria is null || ZohoCriteria.Matches(view.Criteria, f => ZohoEmulatorState.ValueText(r, f, user), user.Id)))
                .Skip((page - 1) * perPage).Take(perPage + 1).ToList();
            if (rows.Count == 0)
            {
                return (204, null);
            }

            var more = rows.Count > perPage && page * perPage < DiscreteLimit;
            if (rows.Count > perPage)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            return (200, new JsonObject
            {
                ["data"] = new JsonArray(rows.Select(r => (JsonNode?)state.Render(r, fields, user)).ToArray()),
                ["info"] = new JsonObject { ["per_page"] = perPage, ["count"] = rows.Count, ["page"] = page, ["more_records"] = more },
            });
        }
    }

    /// <summary>What a search matches: criteria, email (either email field), phone (digits only) or a word.</summary>
    private (Func<ZohoRecord, bool>? Predicate, JsonObject? Error) SearchPredicate(IQueryCollection q, ZohoUser user)
    {
        Func<ZohoRecord, bool> predicate;
        var criteria = q["criteria"].ToString();
        var email = q["email"].ToString();
        var phone = q["phone"].ToString();
        var word = q["word"].ToString();
        if (criteria.Length > 0)
        {
            var parsed = ZohoCriteria.Parse(criteria);
            if (parsed is null || !CriteriaFieldsKnown(parsed))
            {
                return (null, ZohoErrors.Error("INVALID_QUERY", "Invalid query formed", new JsonObject { ["reason"] = "the given criteria is invalid" }));
            }

            predicate = r => ZohoCriteria.Matches(parsed, f => ZohoEmulatorState.ValueText(r, f, user), user.Id);
        }
        else if (email.Length > 0)
        {
            predicate = r => string.Equals(r.Text("Email"), email, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Text("Secondary_Email"), email, StringComparison.OrdinalIgnoreCase);
        }
        else if (phone.Length > 0)
        {
            var digits = new string(phone.Where(char.IsDigit).ToArray());
            predicate = r => digits.Length > 0 && PhoneFields
                .Any(f => r.Text(f) is { } v && new string(v.Where(char.IsDigit).ToArray()).Contains(digits, StringComparison.Ordinal));
        }
        else if (word.Length > 0)
        {
            if (word.Length < 2)
            {
                return (null, ZohoErrors.InvalidParam("word"));
            }

            predicate = r => r.Values.Values.Any(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) && s.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            return (null, ZohoErrors.Error("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", new JsonObject { ["param_name"] = "criteria/email/phone/word" }));
        }

        return (predicate, null);
    }

    private bool CriteriaFieldsKnown(JsonObject criteria) =>
        criteria["group"] is JsonArray g
            ? g.All(n => n is JsonObject o && CriteriaFieldsKnown(o))
            : criteria["field"]?["api_name"]?.ToString() is { } f && (f == "id" || state.Fields.Find(f) is not null);
}
