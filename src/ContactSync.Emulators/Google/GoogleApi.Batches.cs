using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Google;

internal sealed partial class GoogleApi
{
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

        var (targets, refusal) = CheckBatchUpdate(a, contacts, updateMask);
        if (refusal is not null)
        {
            return (400, refusal);
        }

        var result = new JsonObject();
        foreach (var (p, person, rn) in targets)
        {
            state.Update(a, p, person, updateMask);
            result[rn] = new JsonObject { ["httpStatusCode"] = 200, ["person"] = GoogleEmulatorState.Render(a, p, mask), ["requestedResourceName"] = rn, ["status"] = new JsonObject() };
        }

        return (200, new JsonObject { ["updateResult"] = result });
    }

    /// <summary>
    /// The people a batch update changes, or, when any contact fails its checks, the one error that refuses the whole batch
    /// (per-contact errors in BatchUpdateContactsErrorDetails; FAILED_PRECONDITION when an etag is stale).
    /// </summary>
    private static (List<(StoredPerson P, JsonObject Body, string Rn)> Targets, JsonObject? Refusal) CheckBatchUpdate(GoogleAccount a, JsonObject contacts,
        IReadOnlyList<string> updateMask)
    {
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
            return (targets, etagFailure
                ? GoogleErrors.Error(400, "FAILED_PRECONDITION", "Request person.etag is different than the current person.etag. Clear local cache and get the latest person.", null, detail)
                : GoogleErrors.Error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.", null, detail));
        }

        return (targets, null);
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
}
