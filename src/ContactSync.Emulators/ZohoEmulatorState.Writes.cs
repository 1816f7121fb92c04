using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators;

/// <summary>Write operations of the Zoho state (callers hold <see cref="Sync"/>).</summary>
public sealed partial class ZohoEmulatorState
{
    internal (bool Ok, JsonObject Entry) Insert(ZohoUser actor, JsonObject input, int index)
    {
        var error = Validate(input, index, null, out var changes, out var owner);
        if (error is not null)
        {
            return (false, error);
        }

        var now = NowSec;
        var r = new ZohoRecord(_nextId++)
        {
            OwnerId = owner ?? actor.Id,
            CreatedBy = actor.Id,
            ModifiedBy = actor.Id,
            CreatedSec = now,
            ModifiedSec = now,
        };
        Apply(r, changes);
        _records[r.Id] = r;
        _byId.Add(SortKey(r, false));
        _byModified.Add(SortKey(r, true));
        Changes.Record(new ZohoChange(ZohoRecordEvent.Create, IdText(r), changes.Where(c => c.Value is not null).Select(c => c.Key).ToList(), changes));
        var details = WriteDetails(r, actor);
        details["$approval_state"] = "approved";
        return (true, Success("record added", details));
    }

    internal (bool Ok, JsonObject Entry) Update(ZohoUser actor, string? id, JsonObject input, int index)
    {
        if (id is null)
        {
            return (false, ZohoErrors.Field("MANDATORY_NOT_FOUND", "required field not found", "id", index));
        }

        if (!TryParseId(id, out var rid) || !_records.TryGetValue(rid, out var r) || !VisibleOwners(actor).Contains(r.OwnerId))
        {
            return (false, ZohoErrors.Field("INVALID_DATA", "the id given seems to be invalid", "id", index));
        }

        return UpdateRecord(actor, r, input, index);
    }

    private (bool Ok, JsonObject Entry) UpdateRecord(ZohoUser actor, ZohoRecord r, JsonObject input, int index)
    {
        var error = Validate(input, index, r, out var changes, out var owner);
        if (error is not null)
        {
            return (false, error);
        }

        var changed = changes.Where(c => !JsonNode.DeepEquals(r.Values.GetValueOrDefault(c.Key), c.Value)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        if (owner is { } newOwner && newOwner != r.OwnerId)
        {
            changed["Owner"] = UserRef(newOwner, false);
        }

        _byModified.Remove(SortKey(r, true));
        r.ModifiedSec = NowSec;
        r.ModifiedBy = actor.Id;
        if (owner is { } o)
        {
            r.OwnerId = o;
        }

        Apply(r, changes);
        _byModified.Add(SortKey(r, true));
        Changes.Record(new ZohoChange(ZohoRecordEvent.Edit, IdText(r), changed.Keys.ToList(), changed));
        return (true, Success("record updated", WriteDetails(r, actor)));
    }

    internal (bool Ok, JsonObject Entry) Upsert(ZohoUser actor, JsonObject input, IReadOnlyList<string> checkFields, int index)
    {
        foreach (var field in checkFields)
        {
            var value = input[field].Str();
            if (string.IsNullOrWhiteSpace(value) || !_unique.TryGetValue(field, out var idx) || !idx.TryGetValue(value.Trim(), out var existingId))
            {
                continue;
            }

            var r = _records[existingId];
            if (!VisibleOwners(actor).Contains(r.OwnerId))
            {
                return (false, DuplicateError(field, index, r));
            }

            if (!Has(actor, ZohoPermissions.Edit))
            {
                return (false, ZohoErrors.NoPermission(ZohoPermissions.Edit));
            }

            var (ok, entry) = UpdateRecord(actor, r, input, index);
            if (ok)
            {
                entry["action"] = "update";
                entry["duplicate_field"] = field;
            }

            return (ok, entry);
        }

        if (!Has(actor, ZohoPermissions.Create))
        {
            return (false, ZohoErrors.NoPermission(ZohoPermissions.Create));
        }

        var (ok2, entry2) = Insert(actor, input, index);
        if (ok2)
        {
            entry2["action"] = "insert";
            entry2["duplicate_field"] = null;
        }

        return (ok2, entry2);
    }

    internal (bool Ok, JsonObject Entry) Delete(ZohoUser actor, string id)
    {
        if (!TryParseId(id, out var rid) || !_records.TryGetValue(rid, out var r) || !VisibleOwners(actor).Contains(r.OwnerId))
        {
            return (false, ZohoErrors.Error("INVALID_DATA", "record not deleted", new JsonObject { ["id"] = id }));
        }

        _records.Remove(rid);
        _byId.Remove(SortKey(r, false));
        _byModified.Remove(SortKey(r, true));
        foreach (var (field, idx) in _unique)
        {
            var v = r.Text(field);
            if (!string.IsNullOrWhiteSpace(v) && idx.TryGetValue(v.Trim(), out var owner) && owner == r.Id)
            {
                idx.Remove(v.Trim());
            }
        }

        _deleted.Add(new ZohoDeletedRecord(r.Id, r.FullName, r.OwnerId, r.CreatedBy, actor.Id, NowSec));
        Changes.Record(new ZohoChange(ZohoRecordEvent.Delete, IdText(r), [], new Dictionary<string, JsonNode?>()));
        return (true, Success("record deleted", new JsonObject { ["id"] = id }));
    }

    internal (bool Ok, JsonObject Entry) AddTags(ZohoUser actor, string id, IReadOnlyList<string> tags, bool overwrite)
    {
        if (!TryParseId(id, out var rid) || !_records.TryGetValue(rid, out var r) || !VisibleOwners(actor).Contains(r.OwnerId))
        {
            return (false, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["id"] = id }));
        }

        if (overwrite)
        {
            r.Tags.Clear();
        }

        foreach (var t in tags)
        {
            if (!_tags.ContainsKey(t))
            {
                _tags[t] = 5725767000000700000 + _tags.Count;
            }

            if (!r.Tags.Contains(t, StringComparer.OrdinalIgnoreCase))
            {
                r.Tags.Add(t);
            }
        }

        _byModified.Remove(SortKey(r, true));
        r.ModifiedSec = NowSec;
        r.ModifiedBy = actor.Id;
        _byModified.Add(SortKey(r, true));

        // Tagging changes Modified_Time, so it is notified as an edit of Tag (UNVERIFIED whether Zoho notifies it).
        Changes.Record(new ZohoChange(ZohoRecordEvent.Edit, IdText(r), ["Tag"], new Dictionary<string, JsonNode?> { ["Tag"] = r.Tags.ToJsonArray() }));
        var details = new JsonObject
        {
            ["id"] = id,
            ["tags"] = new JsonArray(r.Tags.Select(t => (JsonNode?)new JsonObject { ["id"] = _tags[t].ToString(CultureInfo.InvariantCulture), ["name"] = t, ["color_code"] = "#1DB9B4" }).ToArray()),
        };
        return (true, new JsonObject { ["code"] = "SUCCESS", ["status"] = "success", ["message"] = "tags updated successfully", ["details"] = details });
    }

    private static string IdText(ZohoRecord r) => r.Id.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Success(string message, JsonObject details) => new()
    {
        ["code"] = "SUCCESS",
        ["details"] = details,
        ["message"] = message,
        ["status"] = "success",
    };

    private JsonObject WriteDetails(ZohoRecord r, ZohoUser viewer) => new()
    {
        ["Modified_Time"] = FormatTime(r.ModifiedSec, viewer),
        ["Modified_By"] = UserRef(r.ModifiedBy, false),
        ["Created_Time"] = FormatTime(r.CreatedSec, viewer),
        ["id"] = r.Id.ToString(CultureInfo.InvariantCulture),
        ["Created_By"] = UserRef(r.CreatedBy, false),
    };

    private JsonObject DuplicateError(string field, int index, ZohoRecord existing)
    {
        var owner = UserById(existing.OwnerId) ?? Users[0];
        var extra = new JsonObject
        {
            ["duplicate_record"] = new JsonObject
            {
                ["Owner"] = new JsonObject { ["name"] = owner.FullName, ["id"] = owner.Id.ToString(CultureInfo.InvariantCulture), ["zuid"] = (owner.Id - 5725767000000000000).ToString(CultureInfo.InvariantCulture) },
                ["module"] = new JsonObject { ["api_name"] = "Contacts", ["id"] = ModuleId.ToString(CultureInfo.InvariantCulture) },
                ["id"] = existing.Id.ToString(CultureInfo.InvariantCulture),
            },
            ["more_records"] = false,
        };
        return ZohoErrors.Field("DUPLICATE_DATA", "duplicate data", field, index, extra);
    }

    private void Apply(ZohoRecord r, Dictionary<string, JsonNode?> changes)
    {
        foreach (var (field, value) in changes)
        {
            if (_unique.TryGetValue(field, out var idx))
            {
                var old = r.Text(field);
                if (!string.IsNullOrWhiteSpace(old) && idx.TryGetValue(old.Trim(), out var holder) && holder == r.Id)
                {
                    idx.Remove(old.Trim());
                }

                var nv = value.Str();
                if (!string.IsNullOrWhiteSpace(nv))
                {
                    idx[nv.Trim()] = r.Id;
                }
            }

            if (value is null)
            {
                r.Values.Remove(field);
            }
            else
            {
                r.Values[field] = value;
            }
        }
    }

    /// <summary>Checks one input record; returns the per-record error entry or null. <paramref name="existing"/> null = create.</summary>
    private JsonObject? Validate(JsonObject input, int index, ZohoRecord? existing, out Dictionary<string, JsonNode?> changes, out long? owner)
    {
        changes = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        owner = null;
        foreach (var (name, value) in input)
        {
            if (name == "id" || name.StartsWith('$'))
            {
                continue;
            }

            var field = Fields.Find(name);
            if (field is null || field.ReadOnly)
            {
                continue;
            }

            if (name == "Owner")
            {
                var oid = value?["id"]?.ToString();
                if (oid is null || !TryParseId(oid, out var ownerId) || UserById(ownerId) is null)
                {
                    return ZohoErrors.Field("INVALID_DATA", "invalid data", name, index, new JsonObject { ["expected_data_type"] = "ownerlookup" });
                }

                owner = ownerId;
                continue;
            }

            if (value is null || (value is JsonValue sv && sv.TryGetValue<string>(out var empty) && empty.Length == 0 && field.JsonType == "string" && field.DataType != "text" && field.DataType != "textarea"))
            {
                changes[name] = null;
                continue;
            }

            var error = ZohoValueRules.Check(field, value, index, StrictPicklists);
            if (error is not null)
            {
                return error;
            }

            changes[name] = value.DeepClone();
        }

        var lastName = changes.TryGetValue("Last_Name", out var ln) ? ln.Str() : existing?.Text("Last_Name");
        if ((existing is null || changes.ContainsKey("Last_Name")) && string.IsNullOrWhiteSpace(lastName))
        {
            return ZohoErrors.Field("MANDATORY_NOT_FOUND", "required field not found", "Last_Name", index);
        }

        return UniqueConflict(changes, index, existing);
    }

    /// <summary>The DUPLICATE_DATA entry when a changed unique field holds a value another record already has.</summary>
    private JsonObject? UniqueConflict(Dictionary<string, JsonNode?> changes, int index, ZohoRecord? existing)
    {
        foreach (var (field, idx) in _unique)
        {
            if (changes.TryGetValue(field, out var v) && v.Str() is { } s && !string.IsNullOrWhiteSpace(s)
                && idx.TryGetValue(s.Trim(), out var holder) && holder != existing?.Id)
            {
                return DuplicateError(field, index, _records[holder]);
            }
        }

        return null;
    }

    /// <summary>Fast path for seeding: no validation beyond unique indexes.</summary>
    internal void SeedRecord(long ownerId, long createdSec, Dictionary<string, JsonNode?> values)
    {
        var r = new ZohoRecord(_nextId++) { OwnerId = ownerId, CreatedBy = ownerId, ModifiedBy = ownerId, CreatedSec = createdSec, ModifiedSec = createdSec };
        Apply(r, values);
        _records[r.Id] = r;
        _byId.Add(SortKey(r, false));
        _byModified.Add(SortKey(r, true));
    }
}
