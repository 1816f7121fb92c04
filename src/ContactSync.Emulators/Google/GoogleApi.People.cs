using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Google;

internal sealed partial class GoogleApi
{
    private (int, JsonNode) ListConnections(GoogleAccount a, IQueryCollection q)
    {
        var personFields = q["personFields"].ToString();
        if (personFields.Length == 0)
        {
            personFields = q["requestMask.includeField"].ToString();
        }

        if (ConnectionsMask(personFields, out var mask) is { } maskError)
        {
            return (400, maskError);
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

        if (SyncTokenStart(a, syncToken, now, out var baseSeq) is { } syncError)
        {
            return (400, syncError);
        }

        var descending = syncToken.Length == 0 && sortOrder == "LAST_MODIFIED_DESCENDING";
        if (PageCursor(a, q["pageToken"].ToString(), paramHash, descending, baseSeq, out var cursor) is { } pageError)
        {
            return (400, pageError);
        }

        var keys = a.LogKeys.Count == 0 ? []
            : descending ? (cursor <= a.LogKeys.Min ? [] : a.LogKeys.GetViewBetween(a.LogKeys.Min, cursor - 1).Reverse())
            : (cursor >= a.LogKeys.Max ? [] : a.LogKeys.GetViewBetween(cursor + 1, a.LogKeys.Max));
        var cutoff = now - state.PropagationDelay;
        var incremental = syncToken.Length > 0;
        var (results, last, more) = CollectPage(a, keys, mask, incremental, cutoff, pageSize, cursor);

        return (200, ConnectionsResponse(a, results, more, last, paramHash, requestSync, incremental, now));
    }

    private static JsonObject ConnectionsResponse(GoogleAccount a, JsonArray results, bool more, long last, long paramHash, bool requestSync,
        bool incremental, DateTimeOffset now)
    {
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
        return response;
    }

    /// <summary>Where a page starts: after a page token's last change, else at the start (or the end, newest first).</summary>
    private static JsonObject? PageCursor(GoogleAccount a, string pageToken, long paramHash, bool descending, long baseSeq, out long cursor)
    {
        cursor = descending ? long.MaxValue : baseSeq;
        if (pageToken.Length == 0)
        {
            return null;
        }

        var decoded = SyncTokens.Decode(pageToken, "p", a.Email);
        if (decoded is null || decoded.Value.B != paramHash)
        {
            return GoogleErrors.BadRequest("Request contains an invalid argument.", "page_token");
        }

        cursor = decoded.Value.A;
        return null;
    }

    /// <summary>The personFields mask of a connections list (required; every path must be readable).</summary>
    private static JsonObject? ConnectionsMask(string personFields, out List<string> mask)
    {
        mask = [];
        if (personFields.Length == 0)
        {
            return GoogleErrors.BadRequest("personFields mask is required. Please specify one or more valid paths. " + FieldsDoc, "person_fields");
        }

        var bad = PersonJson.ParseMask(personFields, PersonJson.ReadPaths, out mask);
        return bad is null ? null : GoogleErrors.BadRequest($"Invalid personFields mask path: \"{bad}\". " + FieldsDoc, "person_fields");
    }

    /// <summary>Where a sync token's changes start (0 without one); an error when it is not valid or has expired.</summary>
    private JsonObject? SyncTokenStart(GoogleAccount a, string syncToken, DateTimeOffset now, out long baseSeq)
    {
        baseSeq = 0;
        if (syncToken.Length == 0)
        {
            return null;
        }

        var decoded = SyncTokens.Decode(syncToken, "s", a.Email);
        if (decoded is null)
        {
            return GoogleErrors.BadRequest("Request contains an invalid argument.", "sync_token");
        }

        if (now - DateTimeOffset.FromUnixTimeMilliseconds(decoded.Value.B) > state.SyncTokenMaxAge)
        {
            return GoogleErrors.Error(400, "FAILED_PRECONDITION", "Sync token is expired. Clear local cache and retry call without the sync token.", "EXPIRED_SYNC_TOKEN");
        }

        baseSeq = decoded.Value.A;
        return null;
    }

    /// <summary>
    /// One page of the change log from <paramref name="keys"/>: live people (and, in an incremental read, tombstones); an
    /// incremental read stops at changes younger than the propagation delay.
    /// </summary>
    private static (JsonArray Results, long Last, bool More) CollectPage(GoogleAccount a, IEnumerable<long> keys, List<string> mask, bool incremental,
        DateTimeOffset cutoff, int pageSize, long cursor)
    {
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

        return (results, last, more);
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

    /// <summary>The personFields mask of a write's response when given (null: the default fields); an error when it is invalid.</summary>
    private static JsonObject? OptionalPersonFields(IQueryCollection q, out List<string>? mask)
    {
        mask = null;
        if (q["personFields"].ToString() is not { Length: > 0 } pf)
        {
            return null;
        }

        var error = ReadMask(pf, "personFields", out var m);
        mask = m;
        return error;
    }

    private (int, JsonNode) CreateContact(GoogleAccount a, IQueryCollection q, JsonNode? body)
    {
        if (OptionalPersonFields(q, out var mask) is { } maskError)
        {
            return (400, maskError);
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

        if (OptionalPersonFields(q, out var mask) is { } maskError)
        {
            return (400, maskError);
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
}
