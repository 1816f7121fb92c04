using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

internal sealed partial class ZohoApi
{
    private (int, JsonNode?) List(HttpContext ctx, ZohoUser user)
    {
        var (p, error) = ReadListParameters(ctx);
        if (p is null)
        {
            return (400, error);
        }

        var (fields, perPage, page, pageToken, cvid, sortBy, sortOrder, ims, ids, paramKey) = p;
        lock (state.Sync)
        {
            ZohoCustomView? view = null;
            if (cvid.Length > 0 && (view = state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == cvid)) is null)
            {
                return (400, ZohoErrors.InvalidParam("cvid", "invalid cvid"));
            }

            var visible = state.VisibleOwners(user);
            var byModified = sortBy == "Modified_Time";
            var (after, served, position) = PagePosition(user, p);
            if (position is not null)
            {
                return (400, position);
            }

            page = pageToken.Length > 0 ? after!.Value.NextPage : page;
            if (served >= TokenLimit)
            {
                return (400, ZohoErrors.Error("PAGINATION_LIMIT_EXCEEDED", "You can only navigate up to 100000 records", new JsonObject { ["limit"] = TokenLimit }));
            }

            var matches = state.Enumerate(byModified, sortOrder == "desc", after is { } a ? (a.Key, a.Id) : null)
                .Where(r => visible.Contains(r.OwnerId)
                            && (ims is null || r.ModifiedSec > ims.Value)
                            && (ids is null || ids.Contains(r.Id))
                            && (view?.Criteria is null || ZohoCriteria.Matches(view.Criteria, f => ZohoEmulatorState.ValueText(r, f, user), user.Id)));
            if (pageToken.Length == 0)
            {
                matches = matches.Skip((page - 1) * perPage);
            }

            var rows = matches.Take(Math.Min(perPage, TokenLimit - served) + 1).ToList();
            if (rows.Count == 0)
            {
                return (ims is not null ? 304 : 204, null);
            }

            var more = rows.Count > perPage && served + perPage < TokenLimit;
            if (rows.Count > perPage)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var (next, expiry) = more ? IssuePageToken(user, paramKey, ZohoEmulatorState.SortKey(rows[^1], byModified), served + rows.Count, page + 1) : (null, null);

            return (200, ListResponse(rows, fields, user, perPage, page, sortBy, sortOrder, next, expiry, more));
        }
    }

    private JsonObject ListResponse(List<ZohoRecord> rows, List<string>? fields, ZohoUser user, int perPage, int page, string sortBy, string sortOrder,
        string? next, string? expiry, bool more)
    {
        var data = new JsonArray(rows.Select(r => (JsonNode?)state.Render(r, fields, user)).ToArray());
        var info = new JsonObject
        {
            ["call"] = false,
            ["per_page"] = perPage,
            ["next_page_token"] = next,
            ["count"] = rows.Count,
            ["sort_by"] = sortBy,
            ["page"] = page,
            ["previous_page_token"] = null,
            ["page_token_expiry"] = expiry,
            ["sort_order"] = sortOrder,
            ["email"] = false,
            ["more_records"] = more,
        };
        return new JsonObject { ["data"] = data, ["info"] = info };
    }

    private (ZohoListParameters? Parameters, JsonObject? Error) ReadListParameters(HttpContext ctx)
    {
        var q = ctx.Request.Query;
        var fieldsParam = q["fields"].ToString();
        if (string.IsNullOrWhiteSpace(fieldsParam))
        {
            return (null, ZohoErrors.RequiredParam("fields"));
        }

        var (fields, fieldError) = ParseFields(fieldsParam);
        if (fieldError is not null)
        {
            return (null, fieldError);
        }

        if (ReadPaging(q, out var perPage, out var page) is { } pagingError)
        {
            return (null, pagingError);
        }

        var pageToken = q["page_token"].ToString();
        if (pageToken.Length > 0 && q.ContainsKey("page"))
        {
            return (null, ZohoErrors.Error("AMBIGUITY_DURING_PROCESSING", "Only one of page and page_token can be given", new JsonObject { ["ambiguity_due_to"] = new JsonArray("page", "page_token") }));
        }

        var cvid = q["cvid"].ToString();
        var (sortBy, sortOrder, sortError) = ReadSort(q, cvid);
        if (sortError is not null)
        {
            return (null, sortError);
        }

        var (ims, imsError) = ParseIfModifiedSince(ctx);
        if (imsError is not null)
        {
            return (null, imsError);
        }

        var idsParam = q["ids"].ToString();
        if (!TryParseIds(idsParam, out var ids))
        {
            return (null, ZohoErrors.InvalidParam("ids"));
        }

        var paramKey = string.Join('|', fieldsParam, cvid, sortBy, sortOrder, idsParam, q["converted"], q["approved"], ctx.Request.Headers.IfModifiedSince);
        return (new ZohoListParameters(fields, perPage, page, pageToken, cvid, sortBy, sortOrder, ims, ids, paramKey), null);
    }

    private static (string SortBy, string SortOrder, JsonObject? Error) ReadSort(IQueryCollection q, string cvid)
    {
        var sortBy = q["sort_by"].ToString();
        if (cvid.Length > 0 && sortBy.Length > 0)
        {
            return ("", "", ZohoErrors.Error("AMBIGUITY_DURING_PROCESSING", "cvid and sort_by cannot be given together", new JsonObject { ["ambiguity_due_to"] = new JsonArray("cvid", "sort_by") }));
        }

        sortBy = sortBy.Length == 0 ? "id" : sortBy;
        if (sortBy is not ("id" or "Created_Time" or "Modified_Time"))
        {
            return ("", "", ZohoErrors.InvalidParam("sort_by"));
        }

        var sortOrder = q["sort_order"].ToString();
        sortOrder = sortOrder.Length == 0 ? "desc" : sortOrder;
        if (sortOrder is not ("asc" or "desc"))
        {
            return ("", "", ZohoErrors.InvalidParam("sort_order"));
        }

        return (sortBy, sortOrder, null);
    }

    private static bool TryParseIds(string idsParam, out HashSet<long>? ids)
    {
        ids = null;
        if (idsParam.Length == 0)
        {
            return true;
        }

        ids = [];
        foreach (var s in idsParam.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ZohoEmulatorState.TryParseId(s, out var id))
            {
                return false;
            }

            ids.Add(id);
        }

        return true;
    }

    /// <summary>A page token bound to the call's parameters, starting after <paramref name="last"/>; with its expiry as Zoho shows it.</summary>
    private (string? Token, string? Expiry) IssuePageToken(ZohoUser user, string paramKey, (long Key, long Id) last, int served, int nextPage)
    {
        var expiresAt = state.Time.GetUtcNow() + state.PageTokenValidity;
        var next = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        state.PageTokens[next] = new ZohoPageToken(user.Id, paramKey, last.Key, last.Id, served, nextPage, expiresAt);
        return (next, ZohoEmulatorState.FormatTime(expiresAt.ToUnixTimeSeconds(), user));
    }

    /// <summary>Where the page starts: after a page token's last record, or at a page number (within the first 2000).</summary>
    private ((long Key, long Id, int NextPage)? After, int Served, JsonObject? Error) PagePosition(ZohoUser user, ZohoListParameters p)
    {
        var (pageToken, paramKey, page, perPage) = (p.PageToken, p.ParamKey, p.Page, p.PerPage);
        if (pageToken.Length > 0)
        {
            if (!state.PageTokens.TryGetValue(pageToken, out var token) || token.UserId != user.Id)
            {
                return (null, 0, ZohoErrors.InvalidParam("page_token", "invalid page token"));
            }

            if (state.Time.GetUtcNow() >= token.ExpiresAt || state.PageTokensToExpire > 0)
            {
                // The reference names the code (EXPIRED_VALUE, 400) but shows no body: this is the standard envelope
                // with the parameter named as for the other page_token errors.
                state.PageTokensToExpire = Math.Max(0, state.PageTokensToExpire - 1);
                state.PageTokens.Remove(pageToken);
                return (null, 0, ZohoErrors.Error("EXPIRED_VALUE", "the given page_token has expired", new JsonObject { ["param_name"] = "page_token" }));
            }

            if (token.ParamKey != paramKey)
            {
                return (null, 0, ZohoErrors.Error("TOKEN_BOUND_DATA_MISMATCH", "the given parameters do not match the ones bound to the page_token", new JsonObject { ["param_name"] = "page_token" }));
            }

            return ((token.LastKey, token.LastId, token.NextPage), token.Served, null);
        }

        if ((long)page * perPage > DiscreteLimit)
        {
            return (null, 0, ZohoErrors.Error("DISCRETE_PAGINATION_LIMIT_EXCEEDED", "You can only get the first 2000 records without using page_token param", new JsonObject { ["limit"] = DiscreteLimit }));
        }

        return (null, (page - 1) * perPage, null);
    }

    /// <summary>
    /// <c>GET /crm/v8/Contacts/actions/count[?cvid=]</c>: the records the user sees (in the view). The OAS types
    /// <c>count</c> as a string; that is what is returned.
    /// </summary>
    private (int, JsonNode?) Count(HttpContext ctx, ZohoUser user)
    {
        var cvid = ctx.Request.Query["cvid"].ToString();
        lock (state.Sync)
        {
            ZohoCustomView? view = null;
            if (cvid.Length > 0 && (view = state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == cvid)) is null)
            {
                return (400, ZohoErrors.InvalidParam("cvid", "invalid cvid"));
            }

            var visible = state.VisibleOwners(user);
            var count = state.AllRecords.Count(r => visible.Contains(r.OwnerId)
                && (view?.Criteria is null || ZohoCriteria.Matches(view.Criteria, f => ZohoEmulatorState.ValueText(r, f, user), user.Id)));
            return (200, new JsonObject { ["count"] = count.ToString(CultureInfo.InvariantCulture) });
        }
    }

    private (int, JsonNode?) GetOne(HttpContext ctx, ZohoUser user, string id)
    {
        List<string>? fields = null;
        var fieldsParam = ctx.Request.Query["fields"].ToString();
        if (fieldsParam.Length > 0)
        {
            var (f, error) = ParseFields(fieldsParam);
            if (error is not null)
            {
                return (400, error);
            }

            fields = f;
        }

        lock (state.Sync)
        {
            _ = ZohoEmulatorState.TryParseId(id, out var rid);
            var r = state.Find(rid);
            if (r is null || !state.VisibleOwners(user).Contains(r.OwnerId))
            {
                return (204, null);
            }

            return (200, new JsonObject { ["data"] = new JsonArray(state.Render(r, fields, user)) });
        }
    }

    private (List<string>? Fields, JsonObject? Error) ParseFields(string text)
    {
        var fields = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (fields.Count > 50)
        {
            return (null, ZohoErrors.Error("LIMIT_EXCEEDED", "the given fields count exceeded the limit", new JsonObject { ["param_name"] = "fields", ["limit"] = 50 }));
        }

        var unknown = fields.FirstOrDefault(f => f != "id" && state.Fields.Find(f) is null);
        if (unknown is not null)
        {
            return (null, ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["param_name"] = "fields", ["api_name"] = unknown }));
        }

        fields.Remove("id");
        return (fields, null);
    }

    private static (long? Seconds, JsonObject? Error) ParseIfModifiedSince(HttpContext ctx)
    {
        var header = ctx.Request.Headers.IfModifiedSince.ToString();
        if (header.Length == 0)
        {
            return (null, null);
        }

        return DateTimeOffset.TryParseExact(header, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ims)
            ? (ims.ToUnixTimeSeconds(), null)
            : (null, ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["header_name"] = "If-Modified-Since" }));
    }

    /// <summary>per_page (1..200, default 200) and page (1.., default 1); the error names the parameter that is wrong.</summary>
    private static JsonObject? ReadPaging(IQueryCollection q, out int perPage, out int page)
    {
        page = 0;
        if (!ParseInt(q["per_page"], MaxPerPage, out perPage) || perPage < 1 || perPage > MaxPerPage)
        {
            return ZohoErrors.InvalidParam("per_page");
        }

        return !ParseInt(q["page"], 1, out page) || page < 1 ? ZohoErrors.InvalidParam("page") : null;
    }

    private static bool ParseInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int result)
    {
        if (value.Count == 0 || string.IsNullOrEmpty(value.ToString()))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }
}
