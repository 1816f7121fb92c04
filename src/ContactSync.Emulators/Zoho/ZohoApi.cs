using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Zoho;

/// <summary>HTTP surface of the Zoho CRM v8 emulator (<c>/crm/v8/...</c>) and its accounts token endpoint.</summary>
internal sealed class ZohoApi(ZohoEmulatorState state, AccessTokenStore tokens, QuotaTracker quota, int perMinuteQuota, QuotaBook quotas, string clientId, string clientSecret, string? apiDomain, ZohoWatchApi watch)
{
    private static readonly string[] PhoneFields = ["Phone", "Mobile", "Home_Phone", "Other_Phone", "Asst_Phone", "Fax"];

    private const int MaxPerPage = 200;
    private const int DiscreteLimit = 2000;
    private const int TokenLimit = 100_000;

    /// <summary><c>POST /oauth/v2/token</c> (form or query parameters), refresh_token grant.</summary>
    public async Task TokenAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var p = ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (ctx.Request.HasFormContentType)
        {
            var form = await ctx.Request.ReadFormAsync(cancellationToken);
            foreach (var f in form)
            {
                p[f.Key] = f.Value.ToString();
            }
        }

        JsonObject result;
        if (p.GetValueOrDefault("grant_type") != "refresh_token")
        {
            result = new JsonObject { ["error"] = "unsupported_grant_type" };
        }
        else if (p.GetValueOrDefault("client_id") != clientId || p.GetValueOrDefault("client_secret") != clientSecret)
        {
            result = new JsonObject { ["error"] = "invalid_client" };
        }
        else if (state.Users.FirstOrDefault(u => u.RefreshToken == p.GetValueOrDefault("refresh_token")) is not { } user)
        {
            result = new JsonObject { ["error"] = "invalid_code" };
        }
        else
        {
            result = new JsonObject
            {
                ["access_token"] = tokens.Issue("zoho", user.Id.ToString(CultureInfo.InvariantCulture), "1000."),
                ["scope"] = "ZohoCRM.modules.ALL ZohoCRM.settings.ALL ZohoCRM.users.READ ZohoSearch.securesearch.READ ZohoCRM.notifications.ALL",
                // The API domain of the org's data centre (reference §4); by default where this emulator's API really is.
                ["api_domain"] = apiDomain ?? $"{ctx.Request.Scheme}://{ctx.Request.Host}",
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            };
        }

        // Zoho answers token errors with HTTP 200 and an "error" member instead of "access_token".
        await Json.WriteAsync(ctx, 200, result, cancellationToken);
    }

    /// <summary>Dispatches every <c>/crm/v8/...</c> request.</summary>
    public async Task HandleAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var auth = ctx.Request.Headers.Authorization.ToString();
        const string prefix = "Zoho-oauthtoken ";
        if (!auth.StartsWith(prefix, StringComparison.Ordinal))
        {
            await Json.WriteAsync(ctx, 401, ZohoErrors.Error("AUTHENTICATION_FAILURE", "Authentication failed"), cancellationToken);
            return;
        }

        var grant = tokens.Validate("zoho", auth[prefix.Length..].Trim(), out _);
        if (grant is null || state.UserById(long.Parse(grant.Principal, CultureInfo.InvariantCulture)) is not { } user)
        {
            await Json.WriteAsync(ctx, 401, ZohoErrors.InvalidToken(), cancellationToken);
            return;
        }

        var wait = quota.Hit("zoho:" + grant.Principal, perMinuteQuota);
        if (wait > 0)
        {
            ctx.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await Json.WriteAsync(ctx, 429, ZohoErrors.Error("TOO_MANY_REQUESTS", "Number of API requests for the 24 hour period is exceeded or the concurrency limit of the user for the app is exceeded"), cancellationToken);
            return;
        }

        var segments = ctx.Request.Path.Value!["/crm/v8/".Length..].Trim('/').Split('/');
        var method = ctx.Request.Method;
        var body = method is "POST" or "PUT" or "PATCH" ? await Json.ReadAsync(ctx, cancellationToken) : null;
        using var admission = quotas.Zoho.Admit(method, segments, ctx.Request.Query, QuotaBook.RecordsOf(body));
        if (admission.CreditsRemaining is { } remaining)
        {
            ctx.Response.Headers["X-API-CREDITS-REMAINING"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        if (admission.Refusal is { } refusal)
        {
            await Json.WriteAsync(ctx, 429, refusal, cancellationToken);
            return;
        }

        using var changes = state.Changes.Collect();
        (int Status, JsonNode? Body) response;
        if (segments is ["actions", "watch"])
        {
            response = watch.Handle(ctx, user, body);
        }
        else if (segments[0] == "settings" || segments[0] == "users")
        {
            response = HandleSettings(ctx, user, segments, method);
        }
        else if (segments[0] != "Contacts")
        {
            response = segments[0].Length > 0 && char.IsUpper(segments[0][0])
                ? (400, ZohoErrors.Error("INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["resource_path_index"] = 0 }))
                : (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one"));
        }
        else
        {
            response = (segments.Length, method) switch
            {
                (1, "GET") => List(ctx, user),
                (1, "POST") => Write(user, body, WriteKind.Insert, null),
                (1, "PUT") => Write(user, body, WriteKind.Update, null),
                (1, "DELETE") => DeleteMany(ctx, user),
                (2, "POST") when segments[1] == "upsert" => Write(user, body, WriteKind.Upsert, null),
                (2, "GET") when segments[1] == "deleted" => ListDeleted(ctx, user),
                (2, "GET") when segments[1] == "search" => Search(ctx, user),
                (2, "GET") when ZohoEmulatorState.TryParseId(segments[1], out _) => GetOne(ctx, user, segments[1]),
                (2, "PUT") when ZohoEmulatorState.TryParseId(segments[1], out _) => Write(user, body, WriteKind.Update, segments[1]),
                (2, "DELETE") when ZohoEmulatorState.TryParseId(segments[1], out _) => DeleteIds(user, [segments[1]]),
                (3, "POST") when segments[1] == "actions" && segments[2] == "add_tags" => AddTags(ctx, user, body),
                (3, "GET") when segments[1] == "actions" && segments[2] == "count" => Count(ctx, user),
                _ => (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")),
            };
        }

        changes.Publish();
        await Json.WriteAsync(ctx, response.Status, response.Body, cancellationToken);
    }

    private (int, JsonNode?) List(HttpContext ctx, ZohoUser user)
    {
        var q = ctx.Request.Query;
        var fieldsParam = q["fields"].ToString();
        if (string.IsNullOrWhiteSpace(fieldsParam))
        {
            return (400, ZohoErrors.RequiredParam("fields"));
        }

        var (fields, fieldError) = ParseFields(fieldsParam);
        if (fieldError is not null)
        {
            return (400, fieldError);
        }

        if (!ParseInt(q["per_page"], MaxPerPage, out var perPage) || perPage < 1 || perPage > MaxPerPage)
        {
            return (400, ZohoErrors.InvalidParam("per_page"));
        }

        if (!ParseInt(q["page"], 1, out var page) || page < 1)
        {
            return (400, ZohoErrors.InvalidParam("page"));
        }

        var pageToken = q["page_token"].ToString();
        if (pageToken.Length > 0 && q.ContainsKey("page"))
        {
            return (400, ZohoErrors.Error("AMBIGUITY_DURING_PROCESSING", "Only one of page and page_token can be given", new JsonObject { ["ambiguity_due_to"] = new JsonArray("page", "page_token") }));
        }

        var cvid = q["cvid"].ToString();
        var sortBy = q["sort_by"].ToString();
        if (cvid.Length > 0 && sortBy.Length > 0)
        {
            return (400, ZohoErrors.Error("AMBIGUITY_DURING_PROCESSING", "cvid and sort_by cannot be given together", new JsonObject { ["ambiguity_due_to"] = new JsonArray("cvid", "sort_by") }));
        }

        sortBy = sortBy.Length == 0 ? "id" : sortBy;
        if (sortBy is not ("id" or "Created_Time" or "Modified_Time"))
        {
            return (400, ZohoErrors.InvalidParam("sort_by"));
        }

        var sortOrder = q["sort_order"].ToString();
        sortOrder = sortOrder.Length == 0 ? "desc" : sortOrder;
        if (sortOrder is not ("asc" or "desc"))
        {
            return (400, ZohoErrors.InvalidParam("sort_order"));
        }

        var (ims, imsError) = ParseIfModifiedSince(ctx);
        if (imsError is not null)
        {
            return (400, imsError);
        }

        var idsParam = q["ids"].ToString();
        HashSet<long>? ids = null;
        if (idsParam.Length > 0)
        {
            ids = [];
            foreach (var s in idsParam.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ZohoEmulatorState.TryParseId(s, out var id))
                {
                    return (400, ZohoErrors.InvalidParam("ids"));
                }

                ids.Add(id);
            }
        }

        var paramKey = string.Join('|', fieldsParam, cvid, sortBy, sortOrder, idsParam, q["converted"], q["approved"], ctx.Request.Headers.IfModifiedSince);
        lock (state.Sync)
        {
            ZohoCustomView? view = null;
            if (cvid.Length > 0 && (view = state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == cvid)) is null)
            {
                return (400, ZohoErrors.InvalidParam("cvid", "invalid cvid"));
            }

            var visible = state.VisibleOwners(user);
            var byModified = sortBy == "Modified_Time";
            (long, long)? after = null;
            var served = 0;
            if (pageToken.Length > 0)
            {
                if (!state.PageTokens.TryGetValue(pageToken, out var token) || token.UserId != user.Id)
                {
                    return (400, ZohoErrors.InvalidParam("page_token", "invalid page token"));
                }

                if (state.Time.GetUtcNow() >= token.ExpiresAt || state.PageTokensToExpire > 0)
                {
                    // The reference names the code (EXPIRED_VALUE, 400) but shows no body: this is the standard envelope
                    // with the parameter named as for the other page_token errors.
                    state.PageTokensToExpire = Math.Max(0, state.PageTokensToExpire - 1);
                    state.PageTokens.Remove(pageToken);
                    return (400, ZohoErrors.Error("EXPIRED_VALUE", "the given page_token has expired", new JsonObject { ["param_name"] = "page_token" }));
                }

                if (token.ParamKey != paramKey)
                {
                    return (400, ZohoErrors.Error("TOKEN_BOUND_DATA_MISMATCH", "the given parameters do not match the ones bound to the page_token", new JsonObject { ["param_name"] = "page_token" }));
                }

                after = (token.LastKey, token.LastId);
                served = token.Served;
                page = token.NextPage;
            }
            else if ((long)page * perPage > DiscreteLimit)
            {
                return (400, ZohoErrors.Error("DISCRETE_PAGINATION_LIMIT_EXCEEDED", "You can only get the first 2000 records without using page_token param", new JsonObject { ["limit"] = DiscreteLimit }));
            }
            else
            {
                served = (page - 1) * perPage;
            }

            if (served >= TokenLimit)
            {
                return (400, ZohoErrors.Error("PAGINATION_LIMIT_EXCEEDED", "You can only navigate up to 100000 records", new JsonObject { ["limit"] = TokenLimit }));
            }

            var matches = state.Enumerate(byModified, sortOrder == "desc", after)
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

            string? next = null;
            string? expiry = null;
            if (more)
            {
                var last = ZohoEmulatorState.SortKey(rows[^1], byModified);
                var expiresAt = state.Time.GetUtcNow() + state.PageTokenValidity;
                next = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
                state.PageTokens[next] = new ZohoPageToken(user.Id, paramKey, last.Key, last.Id, served + rows.Count, page + 1, expiresAt);
                expiry = ZohoEmulatorState.FormatTime(expiresAt.ToUnixTimeSeconds(), user);
            }

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
            return (200, new JsonObject { ["data"] = data, ["info"] = info });
        }
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
        if (kind == WriteKind.Upsert)
        {
            if (root["duplicate_check_fields"] is JsonArray dcf)
            {
                foreach (var f in dcf)
                {
                    var name = f.Str();
                    if (name is null || state.Fields.Find(name) is not { Unique: true })
                    {
                        return (400, ZohoErrors.Error("INVALID_DATA", "invalid data", new JsonObject { ["api_name"] = "duplicate_check_fields", ["json_path"] = "$.duplicate_check_fields" }));
                    }

                    checkFields.Add(name);
                }
            }

            if (checkFields.Count == 0 || checkFields.All(f => state.Fields.Find(f)!.Custom))
            {
                // System-defined duplicate check field of Contacts (Email) first, then the user-defined unique fields.
                checkFields = ["Email", .. checkFields.Count == 0 ? state.Fields.Unique.Where(f => f.Custom).Select(f => f.ApiName) : checkFields];
            }
        }

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

        var status = ok == data.Count ? (anyInsert && kind != WriteKind.Update ? 201 : 200) : ok == 0 ? 400 : 207;
        return (status, new JsonObject { ["data"] = results });
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

    private (int, JsonNode?) ListDeleted(HttpContext ctx, ZohoUser user)
    {
        var q = ctx.Request.Query;
        var type = q["type"].ToString();
        type = type.Length == 0 ? "all" : type;
        if (type is not ("all" or "recycle" or "permanent"))
        {
            return (400, ZohoErrors.InvalidParam("type"));
        }

        if (!ParseInt(q["per_page"], MaxPerPage, out var perPage) || perPage < 1 || perPage > MaxPerPage)
        {
            return (400, ZohoErrors.InvalidParam("per_page"));
        }

        if (!ParseInt(q["page"], 1, out var page) || page < 1)
        {
            return (400, ZohoErrors.InvalidParam("page"));
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

        if (!ParseInt(q["per_page"], MaxPerPage, out var perPage) || perPage < 1 || perPage > MaxPerPage)
        {
            return (400, ZohoErrors.InvalidParam("per_page"));
        }

        if (!ParseInt(q["page"], 1, out var page) || page < 1)
        {
            return (400, ZohoErrors.InvalidParam("page"));
        }

        if ((long)page * perPage > DiscreteLimit)
        {
            return (400, ZohoErrors.Error("LIMIT_REACHED", "search results are limited to 2000 records", new JsonObject { ["limit"] = DiscreteLimit }));
        }

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
                return (400, ZohoErrors.Error("INVALID_QUERY", "Invalid query formed", new JsonObject { ["reason"] = "the given criteria is invalid" }));
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
                return (400, ZohoErrors.InvalidParam("word"));
            }

            predicate = r => r.Values.Values.Any(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) && s.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            return (400, ZohoErrors.Error("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", new JsonObject { ["param_name"] = "criteria/email/phone/word" }));
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

    private bool CriteriaFieldsKnown(JsonObject criteria) =>
        criteria["group"] is JsonArray g
            ? g.All(n => n is JsonObject o && CriteriaFieldsKnown(o))
            : criteria["field"]?["api_name"]?.ToString() is { } f && (f == "id" || state.Fields.Find(f) is not null);

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

    private static bool ParseInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int result)
    {
        if (value.Count == 0 || string.IsNullOrEmpty(value.ToString()))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }

    private (int, JsonNode?) HandleSettings(HttpContext ctx, ZohoUser user, string[] segments, string method)
    {
        if (method != "GET")
        {
            return (405, ZohoErrors.Error("INVALID_REQUEST_METHOD", "The http request method type is not a valid one"));
        }

        var path = string.Join('/', segments);
        var module = ctx.Request.Query["module"].ToString();
        if (path.StartsWith("settings/fields", StringComparison.Ordinal) || path.StartsWith("settings/custom_views", StringComparison.Ordinal))
        {
            if (module.Length == 0)
            {
                return (400, ZohoErrors.RequiredParam("module"));
            }

            if (module != "Contacts")
            {
                return (400, ZohoErrors.Error("INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["param_name"] = "module" }));
            }
        }

        return segments switch
        {
            ["settings", "fields"] => (200, new JsonObject { ["fields"] = new JsonArray(state.Fields.All.Select(f => (JsonNode?)ZohoMetadata.Field(f)).ToArray()) }),
            ["settings", "custom_views"] => (200, ZohoMetadata.Views(state)),
            ["settings", "custom_views", var id] => state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == id) is { } v
                ? (200, new JsonObject { ["custom_views"] = new JsonArray(ZohoMetadata.View(state, v, true)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 2 })),
            ["users"] => ZohoMetadata.Users(state, user, ctx.Request.Query["type"].ToString()),
            ["users", var id] => state.Users.FirstOrDefault(u => u.Id.ToString(CultureInfo.InvariantCulture) == id) is { } u
                ? (200, new JsonObject { ["users"] = new JsonArray(ZohoMetadata.User(state, u)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 1 })),
            ["settings", "roles"] => (200, new JsonObject { ["roles"] = new JsonArray(state.Roles.Select(r => (JsonNode?)Role(state, r)).ToArray()) }),
            ["settings", "profiles"] => (200, new JsonObject { ["profiles"] = new JsonArray(state.Profiles.Select(p => (JsonNode?)ZohoMetadata.Profile(state, p, false)).ToArray()) }),
            ["settings", "profiles", var id] => state.Profiles.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == id) is { } p
                ? (200, new JsonObject { ["profiles"] = new JsonArray(ZohoMetadata.Profile(state, p, true)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 2 })),
            _ => (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")),
        };
    }

    /// <summary>A role as <c>GET /settings/roles</c> returns it (roles.json): id, name, display_label, reporting_to, share_with_peers.</summary>
    private static JsonObject Role(ZohoEmulatorState state, ZohoRole role)
    {
        var superior = role.ReportsTo is { } up ? state.Roles.FirstOrDefault(r => r.Id == up) : null;
        return new JsonObject
        {
            ["id"] = role.Id.ToString(CultureInfo.InvariantCulture),
            ["name"] = role.Name,
            ["display_label"] = role.Name,
            ["reporting_to"] = superior is null ? null : new JsonObject { ["id"] = superior.Id.ToString(CultureInfo.InvariantCulture), ["name"] = superior.Name },
            ["share_with_peers"] = false,
        };
    }
}
