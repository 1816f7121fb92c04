using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Google;

/// <summary>HTTP surface of the People v1 emulator (<c>/v1/...</c>) and the Google token endpoint (<c>/token</c>).</summary>
internal sealed class GoogleApi(GoogleEmulatorState state, AccessTokenStore tokens, QuotaTracker quota, int perMinuteQuota, QuotaBook quotas, GoogleAuthSettings auth)
{
    private const string ContactsScope = "https://www.googleapis.com/auth/contacts";
    private const string FieldsDoc = "Valid paths are documented at https://developers.google.com/people/api/rest/v1/people.connections/list.";

    public async Task TokenAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var form = ctx.Request.HasFormContentType ? await ctx.Request.ReadFormAsync(cancellationToken) : null;
        string P(string k) => form?[k].ToString() is { Length: > 0 } v ? v : ctx.Request.Query[k].ToString();
        var grantType = P("grant_type");
        (int Status, JsonObject Body) result;
        if (grantType == "urn:ietf:params:oauth:grant-type:jwt-bearer")
        {
            result = JwtGrant(P("assertion"));
        }
        else if (grantType == "refresh_token")
        {
            result = P("client_id") != auth.ClientId || P("client_secret") != auth.ClientSecret
                ? (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "The OAuth client was not found." })
                : (P("refresh_token") == auth.UserRefreshToken ? auth.ImpersonatedUser : state.AccountOfRefreshToken(P("refresh_token"))) is not { } account
                    ? (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Token has been expired or revoked." })
                    : (200, TokenResponse(account));
        }
        else
        {
            result = (400, new JsonObject { ["error"] = "unsupported_grant_type", ["error_description"] = "Invalid grant_type: " + grantType });
        }

        await Json.WriteAsync(ctx, result.Status, result.Body, cancellationToken);
    }

    private (int, JsonObject) JwtGrant(string assertion)
    {
        static byte[] B64(string s) => Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
        var invalid = (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid JWT Signature." });
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return invalid;
        }

        JsonNode? payload;
        try
        {
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!auth.ServiceAccountKey.VerifyData(signed, B64(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return invalid;
            }

            payload = JsonNode.Parse(B64(parts[1]));
        }
        catch (FormatException)
        {
            return invalid;
        }
        catch (System.Text.Json.JsonException)
        {
            return invalid;
        }

        var iss = payload?["iss"].Str();
        var aud = payload?["aud"].Str();
        var scope = payload?["scope"].Str() ?? string.Empty;
        var sub = payload?["sub"].Str();
        var iat = payload?["iat"]?.GetValue<long>() ?? 0;
        var exp = payload?["exp"]?.GetValue<long>() ?? 0;
        if (iss != auth.ServiceAccountEmail)
        {
            return (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "The OAuth client was not found." });
        }

        // The JWT is signed with the client's real clock, the emulator may run on a fake clock: check only the shape of iat/exp.
        if (aud is null || !aud.EndsWith("/token", StringComparison.Ordinal) || exp <= iat || exp - iat > 3600)
        {
            return (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim." });
        }

        if (!scope.Split(' ').Any(s => s.StartsWith(ContactsScope, StringComparison.Ordinal)))
        {
            return (400, new JsonObject { ["error"] = "invalid_scope", ["error_description"] = "Invalid OAuth scope or ID token audience provided." });
        }

        if (sub is not null && !sub.EndsWith("@" + auth.ImpersonatedUser.Split('@')[1], StringComparison.OrdinalIgnoreCase))
        {
            return (401, new JsonObject { ["error"] = "unauthorized_client", ["error_description"] = "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested." });
        }

        // Without "sub" a service account works on its own (invisible) contact list, as Google does.
        return (200, TokenResponse(sub ?? auth.ServiceAccountEmail));
    }

    private JsonObject TokenResponse(string principal) => new()
    {
        ["access_token"] = tokens.Issue("google", principal, "ya29."),
        ["expires_in"] = (int)tokens.Lifetime.TotalSeconds - 1,
        ["scope"] = ContactsScope,
        ["token_type"] = "Bearer",
    };

    public async Task HandleAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : ctx.Request.Query["access_token"].ToString();
        if (token.Length == 0)
        {
            await Json.WriteAsync(ctx, 401, GoogleErrors.Error(401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "CREDENTIALS_MISSING"), cancellationToken);
            return;
        }

        var grant = tokens.Validate("google", token, out var expired);
        if (grant is null)
        {
            await Json.WriteAsync(ctx, 401, GoogleErrors.Error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", expired ? "ACCESS_TOKEN_EXPIRED" : "ACCESS_TOKEN_TYPE_UNSUPPORTED"), cancellationToken);
            return;
        }

        if (quota.Hit("google:" + grant.Principal, perMinuteQuota) > 0)
        {
            await Json.WriteAsync(ctx, 429, GoogleErrors.Error(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Critical read requests (Contact and Profile Reads)' and limit 'Critical read requests (Contact and Profile Reads) per minute per user' of service 'people.googleapis.com' for consumer 'project_number:1045792390551'.", "RATE_LIMIT_EXCEEDED"), cancellationToken);
            return;
        }

        var body = ctx.Request.Method is "POST" or "PATCH" or "PUT" ? await Json.ReadAsync(ctx, cancellationToken) : null;
        var rest = ctx.Request.Path.Value!["/v1/".Length..];
        var method = ctx.Request.Method;
        var q = ctx.Request.Query;
        if (quotas.Google.Admit(grant.Principal, method, rest, q, body) is { } refusal)
        {
            await Json.WriteAsync(ctx, 429, refusal, cancellationToken);
            return;
        }

        (int Status, JsonNode Body) response;
        lock (state.Sync)
        {
            var a = state.Account(grant.Principal);
            response = (method, rest) switch
            {
                ("GET", "people/me/connections") => ListConnections(a, q),
                ("GET", "people:batchGet") => BatchGet(a, q),
                ("POST", "people:createContact") => CreateContact(a, q, body),
                ("POST", "people:batchCreateContacts") => BatchCreate(a, body),
                ("POST", "people:batchUpdateContacts") => BatchUpdate(a, body),
                ("POST", "people:batchDeleteContacts") => BatchDelete(a, body),
                ("GET", "contactGroups") => ListGroups(a, q),
                ("POST", "contactGroups") => CreateGroup(a, body),
                ("GET", _) when rest.StartsWith("people/", StringComparison.Ordinal) && !rest.Contains(':', StringComparison.Ordinal) => GetPerson(a, rest, q),
                ("PATCH", _) when rest.StartsWith("people/", StringComparison.Ordinal) && rest.EndsWith(":updateContact", StringComparison.Ordinal) => UpdateContact(a, rest[..^":updateContact".Length], q, body),
                ("DELETE", _) when rest.StartsWith("people/", StringComparison.Ordinal) && rest.EndsWith(":deleteContact", StringComparison.Ordinal) => DeleteContact(a, rest[..^":deleteContact".Length]),
                ("GET", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => GetGroup(a, rest, q),
                ("PUT", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => UpdateGroup(a, rest, body),
                ("DELETE", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => DeleteGroup(a, rest, q),
                ("POST", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) && rest.EndsWith("/members:modify", StringComparison.Ordinal) => ModifyMembers(a, rest[..^"/members:modify".Length], body),
                _ => (404, GoogleErrors.Error(404, "NOT_FOUND", $"The requested URL /v1/{rest} was not found on this server.")),
            };
        }

        await Json.WriteAsync(ctx, response.Status, response.Body, cancellationToken);
    }

    private (int, JsonNode) ListConnections(GoogleAccount a, IQueryCollection q)
    {
        var personFields = q["personFields"].ToString();
        if (personFields.Length == 0)
        {
            personFields = q["requestMask.includeField"].ToString();
        }

        if (personFields.Length == 0)
        {
            return (400, GoogleErrors.BadRequest("personFields mask is required. Please specify one or more valid paths. " + FieldsDoc, "person_fields"));
        }

        var bad = PersonJson.ParseMask(personFields, PersonJson.ReadPaths, out var mask);
        if (bad is not null)
        {
            return (400, GoogleErrors.BadRequest($"Invalid personFields mask path: \"{bad}\". " + FieldsDoc, "person_fields"));
        }

        var pageSizeText = q["pageSize"].ToString();
        var pageSize = 100;
        if (pageSizeText.Length > 0 && (!int.TryParse(pageSizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) || pageSize < 0 || pageSize > 1000))
        {
            return (400, GoogleErrors.BadRequest("Page size must be less than or equal to 1000.", "page_size"));
        }

        pageSize = pageSize == 0 ? 100 : pageSize;
        var sortOrder = q["sortOrder"].ToString();
        if (sortOrder.Length > 0 && sortOrder is not ("LAST_MODIFIED_ASCENDING" or "LAST_MODIFIED_DESCENDING" or "FIRST_NAME_ASCENDING" or "LAST_NAME_ASCENDING"))
        {
            return (400, GoogleErrors.BadRequest($"Invalid value at 'sort_order' (type.googleapis.com/google.people.v1.ListConnectionsRequest.SortOrder), \"{sortOrder}\"", "sort_order"));
        }

        var requestSync = string.Equals(q["requestSyncToken"], "true", StringComparison.OrdinalIgnoreCase);
        var syncToken = q["syncToken"].ToString();
        var paramHash = Hash(string.Join('|', personFields, sortOrder, requestSync, syncToken, string.Join(',', q["sources"].ToArray())));
        var now = state.Time.GetUtcNow();

        long baseSeq = 0;
        if (syncToken.Length > 0)
        {
            var decoded = SyncTokens.Decode(syncToken, "s", a.Email);
            if (decoded is null)
            {
                return (400, GoogleErrors.BadRequest("Request contains an invalid argument.", "sync_token"));
            }

            if (now - DateTimeOffset.FromUnixTimeMilliseconds(decoded.Value.B) > state.SyncTokenMaxAge)
            {
                return (400, GoogleErrors.Error(400, "FAILED_PRECONDITION", "Sync token is expired. Clear local cache and retry call without the sync token.", "EXPIRED_SYNC_TOKEN"));
            }

            baseSeq = decoded.Value.A;
        }

        var pageToken = q["pageToken"].ToString();
        var cursor = baseSeq;
        var descending = syncToken.Length == 0 && sortOrder == "LAST_MODIFIED_DESCENDING";
        if (pageToken.Length > 0)
        {
            var decoded = SyncTokens.Decode(pageToken, "p", a.Email);
            if (decoded is null || decoded.Value.B != paramHash)
            {
                return (400, GoogleErrors.BadRequest("Request contains an invalid argument.", "page_token"));
            }

            cursor = decoded.Value.A;
        }
        else if (descending)
        {
            cursor = long.MaxValue;
        }

        var keys = a.LogKeys.Count == 0 ? []
            : descending ? (cursor <= a.LogKeys.Min ? [] : a.LogKeys.GetViewBetween(a.LogKeys.Min, cursor - 1).Reverse())
            : (cursor >= a.LogKeys.Max ? [] : a.LogKeys.GetViewBetween(cursor + 1, a.LogKeys.Max));
        var cutoff = now - state.PropagationDelay;
        var incremental = syncToken.Length > 0;
        var results = new JsonArray();
        var last = cursor;
        var more = false;
        foreach (var seq in keys)
        {
            var p = a.Log[seq];
            if (incremental && p.UpdateTime > cutoff)
            {
                break;
            }

            if (results.Count == pageSize)
            {
                more = true;
                break;
            }

            last = seq;
            if (p.Deleted)
            {
                if (incremental)
                {
                    results.Add(PersonJson.Tombstone(p));
                }

                continue;
            }

            results.Add(GoogleEmulatorState.Render(a, p, mask));
        }

        var response = new JsonObject();
        if (results.Count > 0)
        {
            response["connections"] = results;
        }

        if (more)
        {
            response["nextPageToken"] = SyncTokens.Encode("p", last, paramHash, a.Email);
        }
        else if (requestSync)
        {
            var tokenSeq = incremental ? last : a.LastSeq;
            response["nextSyncToken"] = SyncTokens.Encode("s", tokenSeq, now.ToUnixTimeMilliseconds(), a.Email);
        }

        response["totalPeople"] = a.LiveCount;
        response["totalItems"] = a.LiveCount;
        return (200, response);
    }

    private static (int, JsonNode) GetPerson(GoogleAccount a, string resourceName, IQueryCollection q)
    {
        var error = ReadMask(q["personFields"].ToString(), "personFields", out var mask);
        if (error is not null)
        {
            return (400, error);
        }

        if (resourceName == "people/me")
        {
            var local = a.Email.Split('@')[0].Split('.');
            var profile = new JsonObject
            {
                ["resourceName"] = "people/1" + ((uint)Hash(a.Email)).ToString(CultureInfo.InvariantCulture),
                ["etag"] = "%EgUBAi43PRoEAQIFByIMTWVvd0tHT1ZiQ0k9",
            };
            if (mask.Contains("names"))
            {
                profile["names"] = new JsonArray(new JsonObject
                {
                    ["displayName"] = string.Join(' ', local.Select(CultureInfo.InvariantCulture.TextInfo.ToTitleCase)),
                    ["givenName"] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(local[0]),
                    ["familyName"] = local.Length > 1 ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(local[^1]) : null,
                });
            }

            if (mask.Contains("emailAddresses"))
            {
                profile["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = a.Email });
            }

            return (200, profile);
        }

        return a.People.TryGetValue(resourceName, out var p) && !p.Deleted ? (200, GoogleEmulatorState.Render(a, p, mask)) : (404, GoogleErrors.NotFound());
    }

    private static (int, JsonNode) BatchGet(GoogleAccount a, IQueryCollection q)
    {
        var error = ReadMask(q["personFields"].ToString(), "personFields", out var mask);
        if (error is not null)
        {
            return (400, error);
        }

        var names = q["resourceNames"].Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
        if (names.Count == 0)
        {
            return (400, GoogleErrors.BadRequest("Request must contain at least one resource name.", "resource_names"));
        }

        if (names.Count > 200)
        {
            return (400, GoogleErrors.BadRequest("Too many resource names in the request. Max 200.", "resource_names"));
        }

        var responses = new JsonArray();
        foreach (var rn in names)
        {
            responses.Add(a.People.TryGetValue(rn, out var p) && !p.Deleted
                ? new JsonObject { ["httpStatusCode"] = 200, ["person"] = GoogleEmulatorState.Render(a, p, mask), ["requestedResourceName"] = rn, ["status"] = new JsonObject() }
                : new JsonObject { ["httpStatusCode"] = 404, ["requestedResourceName"] = rn, ["status"] = GoogleErrors.Status(5, "Requested entity was not found.") });
        }

        return (200, new JsonObject { ["responses"] = responses });
    }

    private (int, JsonNode) CreateContact(GoogleAccount a, IQueryCollection q, JsonNode? body)
    {
        List<string>? mask = null;
        if (q["personFields"].ToString() is { Length: > 0 } pf)
        {
            var error = ReadMask(pf, "personFields", out var m);
            if (error is not null)
            {
                return (400, error);
            }

            mask = m;
        }

        if (body is not JsonObject person)
        {
            return (400, GoogleErrors.BadRequest("Request contains an invalid argument."));
        }

        var invalid = PersonJson.Validate(person, g => GroupAssignable(a, g));
        if (invalid is not null)
        {
            return (400, GoogleErrors.BadRequest(invalid));
        }

        if (!state.HasRoomFor(a, 1))
        {
            return LimitRefusal();
        }

        return (200, GoogleEmulatorState.Render(a, state.Create(a, person), mask));
    }

    private (int, JsonNode) LimitRefusal()
    {
        var refusal = state.ContactLimitRefusal;
        return (refusal.HttpStatus, GoogleErrors.Error(refusal.HttpStatus, refusal.Status, refusal.Message, refusal.Reason));
    }

    private (int, JsonNode) UpdateContact(GoogleAccount a, string resourceName, IQueryCollection q, JsonNode? body)
    {
        var updateFields = q["updatePersonFields"].ToString();
        if (updateFields.Length == 0)
        {
            return (400, GoogleErrors.BadRequest("updatePersonFields mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.", "update_person_fields"));
        }

        var bad = PersonJson.ParseMask(updateFields, PersonJson.UpdatePaths, out var updateMask);
        if (bad is not null)
        {
            return (400, GoogleErrors.BadRequest($"Invalid updatePersonFields mask path: \"{bad}\". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.", "update_person_fields"));
        }

        List<string>? mask = null;
        if (q["personFields"].ToString() is { Length: > 0 } pf)
        {
            var error = ReadMask(pf, "personFields", out var m);
            if (error is not null)
            {
                return (400, error);
            }

            mask = m;
        }

        if (body is not JsonObject person)
        {
            return (400, GoogleErrors.BadRequest("Request contains an invalid argument."));
        }

        var (status, problem, stored) = CheckUpdate(a, resourceName, person, updateMask);
        if (problem is not null)
        {
            return (status, problem);
        }

        state.Update(a, stored!, person, updateMask);
        return (200, GoogleEmulatorState.Render(a, stored!, mask));
    }

    /// <summary>Existence, etag and content checks of one update.</summary>
    private static (int Status, JsonObject? Error, StoredPerson? Person) CheckUpdate(GoogleAccount a, string resourceName, JsonObject person, IReadOnlyList<string> updateMask)
    {
        if (!a.People.TryGetValue(resourceName, out var p) || p.Deleted)
        {
            return (404, GoogleErrors.NotFound(), null);
        }

        var etag = person["etag"].Str();
        var sourceEtag = (person["metadata"]?["sources"] as JsonArray)?.FirstOrDefault(s => s?["type"].Str() is null or "CONTACT")?["etag"].Str();
        if (etag is null && sourceEtag is null)
        {
            return (400, GoogleErrors.BadRequest("Request must set person.etag or person.metadata.sources.etag for the source that is being updated."), null);
        }

        if ((etag is not null && etag != p.Etag) || (sourceEtag is not null && sourceEtag != p.SourceEtag))
        {
            return (400, GoogleErrors.Error(400, "FAILED_PRECONDITION", "Request person.etag is different than the current person.etag. Clear local cache and get the latest person."), null);
        }

        var invalid = PersonJson.Validate(person, g => GroupAssignable(a, g));
        if (invalid is not null)
        {
            return (400, GoogleErrors.BadRequest(invalid), null);
        }

        if (updateMask.Contains("memberships") && (person["memberships"] as JsonArray)?.Any(m => m?["contactGroupMembership"] is not null) != true)
        {
            return (400, GoogleErrors.BadRequest("Contact must have at least one contact group membership."), null);
        }

        return (200, null, p);
    }

    private (int, JsonNode) DeleteContact(GoogleAccount a, string resourceName) =>
        state.Delete(a, resourceName) ? (200, new JsonObject()) : (404, GoogleErrors.NotFound());

    private (int, JsonNode) BatchCreate(GoogleAccount a, JsonNode? body)
    {
        if (body?["contacts"] is not JsonArray contacts || contacts.Count == 0)
        {
            return (400, GoogleErrors.BadRequest("Request must contain at least one contact.", "contacts"));
        }

        if (contacts.Count > 200)
        {
            return (400, GoogleErrors.BadRequest("Too many contacts in the request. Max 200.", "contacts"));
        }

        var error = ReadMask(body["readMask"].Str(), "readMask", out var mask);
        if (error is not null)
        {
            return (400, error);
        }

        var contactErrors = new JsonObject();
        for (var i = 0; i < contacts.Count; i++)
        {
            var invalid = contacts[i]?["contactPerson"] is JsonObject person
                ? PersonJson.Validate(person, g => GroupAssignable(a, g))
                : "contactPerson is required.";
            if (invalid is not null)
            {
                contactErrors[i.ToString(CultureInfo.InvariantCulture)] = GoogleErrors.Status(3, invalid);
            }
        }

        if (contactErrors.Count > 0)
        {
            return (400, GoogleErrors.Error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", null, new JsonObject
            {
                ["@type"] = "type.googleapis.com/google.people.v1.BatchCreateContactsErrorDetails",
                ["contactErrors"] = contactErrors,
            }));
        }

        // A batch that does not fit is refused as a whole, like Google's other batch refusals (all or nothing, §2); the
        // documents do not say whether Google would create the contacts that still fit.
        if (!state.HasRoomFor(a, contacts.Count))
        {
            return LimitRefusal();
        }

        var created = new JsonArray();
        foreach (var c in contacts)
        {
            var p = state.Create(a, (JsonObject)c!["contactPerson"]!);
            created.Add(new JsonObject { ["httpStatusCode"] = 200, ["person"] = GoogleEmulatorState.Render(a, p, mask), ["status"] = new JsonObject() });
        }

        return (200, new JsonObject { ["createdPeople"] = created });
    }

    private (int, JsonNode) BatchUpdate(GoogleAccount a, JsonNode? body)
    {
        if (body?["contacts"] is not JsonObject contacts || contacts.Count == 0)
        {
            return (400, GoogleErrors.BadRequest("Request must contain at least one contact.", "contacts"));
        }

        if (contacts.Count > 200)
        {
            return (400, GoogleErrors.BadRequest("Too many contacts in the request. Max 200.", "contacts"));
        }

        var updateText = body["updateMask"].Str();
        if (string.IsNullOrEmpty(updateText))
        {
            return (400, GoogleErrors.BadRequest("updateMask is required. Please specify one or more valid paths.", "update_mask"));
        }

        var bad = PersonJson.ParseMask(updateText, PersonJson.UpdatePaths, out var updateMask);
        if (bad is not null)
        {
            return (400, GoogleErrors.BadRequest($"Invalid updateMask path: \"{bad}\".", "update_mask"));
        }

        var error = ReadMask(body["readMask"].Str(), "readMask", out var mask);
        if (error is not null)
        {
            return (400, error);
        }

        var contactErrors = new JsonObject();
        var etagFailure = false;
        var targets = new List<(StoredPerson P, JsonObject Body, string Rn)>();
        foreach (var (rn, node) in contacts)
        {
            if (node is not JsonObject person)
            {
                contactErrors[rn] = GoogleErrors.Status(3, "Request contains an invalid argument.");
                continue;
            }

            var (status, problem, p) = CheckUpdate(a, rn, person, updateMask);
            if (problem is not null)
            {
                var e = problem["error"]!;
                etagFailure |= e["status"].Str() == "FAILED_PRECONDITION";
                contactErrors[rn] = GoogleErrors.Status(status == 404 ? 5 : e["status"].Str() == "FAILED_PRECONDITION" ? 9 : 3, e["message"].Str()!);
                continue;
            }

            targets.Add((p!, person, rn));
        }

        if (contactErrors.Count > 0)
        {
            var detail = new JsonObject
            {
                ["@type"] = "type.googleapis.com/google.people.v1.BatchUpdateContactsErrorDetails",
                ["contactErrors"] = contactErrors,
            };
            return (400, etagFailure
                ? GoogleErrors.Error(400, "FAILED_PRECONDITION", "Request person.etag is different than the current person.etag. Clear local cache and get the latest person.", null, detail)
                : GoogleErrors.Error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", null, detail));
        }

        var result = new JsonObject();
        foreach (var (p, person, rn) in targets)
        {
            state.Update(a, p, person, updateMask);
            result[rn] = new JsonObject { ["httpStatusCode"] = 200, ["person"] = GoogleEmulatorState.Render(a, p, mask), ["requestedResourceName"] = rn, ["status"] = new JsonObject() };
        }

        return (200, new JsonObject { ["updateResult"] = result });
    }

    private (int, JsonNode) BatchDelete(GoogleAccount a, JsonNode? body)
    {
        var names = (body?["resourceNames"] as JsonArray)?.Select(n => n.Str()).Where(n => n is not null).Select(n => n!).ToList() ?? [];
        if (names.Count == 0)
        {
            return (400, GoogleErrors.BadRequest("Request must contain at least one resource name.", "resource_names"));
        }

        if (names.Count > 500)
        {
            return (400, GoogleErrors.BadRequest("Too many resource names in the request. Max 500.", "resource_names"));
        }

        if (names.Any(n => !a.People.TryGetValue(n, out var p) || p.Deleted))
        {
            return (404, GoogleErrors.NotFound());
        }

        foreach (var n in names)
        {
            state.Delete(a, n);
        }

        return (200, new JsonObject());
    }

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

    private static JsonObject? ReadMask(string? text, string param, out List<string> mask)
    {
        if (string.IsNullOrEmpty(text))
        {
            mask = [];
            return GoogleErrors.BadRequest($"{param} mask is required. Please specify one or more valid paths. " + FieldsDoc, param);
        }

        var bad = PersonJson.ParseMask(text, PersonJson.ReadPaths, out mask);
        return bad is null ? null : GoogleErrors.BadRequest($"Invalid {param} mask path: \"{bad}\". " + FieldsDoc, param);
    }

    private static long Hash(string s)
    {
        var h = 1469598103934665603UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (long)(h & 0x7FFFFFFFFFFFFFFF);
    }
}
