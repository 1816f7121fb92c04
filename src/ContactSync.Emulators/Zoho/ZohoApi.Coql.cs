using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Zoho;

internal sealed partial class ZohoApi
{
    /// <summary>
    /// <c>POST /crm/v8/coql</c> <c>{"select_query": "…"}</c> (reference §2.8): at most <see cref="ZohoQuotaLimits.CoqlMaxLimit"/>
    /// rows a call and <see cref="ZohoQuotaLimits.CoqlMaxRows"/> through offsets, the records the token's user sees, 204 when
    /// none. <c>{"data":[…],"info":{"count","more_records"}}</c>; <c>COUNT(id)</c> answers <c>{"data":[{"COUNT(id)":n}]}</c>.
    /// Lookups (Owner, Created_By, Modified_By) come as <c>{"id"}</c> only, as COQL answers them (the reference is silent;
    /// Zoho's COQL pages show ids only), which is what a caller filtering by owner needs.
    /// </summary>
    private (int, JsonNode?) Coql(ZohoUser user, JsonNode? body)
    {
        var text = body is JsonObject o && o["select_query"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (400, ZohoErrors.Error("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", new JsonObject { ["param_name"] = "select_query" }));
        }

        var (query, error) = ZohoCoqlParser.Parse(text);
        if (query is null)
        {
            return (400, error);
        }

        var limits = quotas.Options.Zoho;
        if (query.Limit < 1 || query.Limit > limits.CoqlMaxLimit || query.Offset + query.Limit > limits.CoqlMaxRows)
        {
            return (400, ZohoErrors.Error("LIMIT_EXCEEDED", "limit exceeded", new JsonObject { ["by"] = query.Limit > limits.CoqlMaxLimit ? "limit" : "offset", ["limit"] = query.Limit > limits.CoqlMaxLimit ? limits.CoqlMaxLimit : limits.CoqlMaxRows }));
        }

        if (CoqlFieldError(query, limits) is { } fieldError)
        {
            return (400, fieldError);
        }

        lock (state.Sync)
        {
            var visible = state.VisibleOwners(user);
            var matches = state.Enumerate(query.OrderBy == "Modified_Time", query.Descending, null)
                .Where(r => visible.Contains(r.OwnerId) && query.Conditions.All(c => CoqlMatches(r, c, user)));
            if (query.CountOnly)
            {
                return (200, new JsonObject { ["data"] = new JsonArray(new JsonObject { ["COUNT(id)"] = matches.Count() }), ["info"] = new JsonObject { ["count"] = 1, ["more_records"] = false } });
            }

            var rows = matches.Skip(query.Offset).Take(query.Limit + 1).ToList();
            if (rows.Count == 0)
            {
                return (204, null);
            }

            var more = rows.Count > query.Limit;
            var data = new JsonArray(rows.Take(query.Limit).Select(r => (JsonNode?)CoqlRow(r, query.Fields, user)).ToArray());
            return (200, new JsonObject { ["data"] = data, ["info"] = new JsonObject { ["count"] = data.Count, ["more_records"] = more } });
        }
    }

    private JsonObject? CoqlFieldError(ZohoCoqlQuery query, ZohoQuotaLimits limits)
    {
        if (query.Fields.Count > 50)
        {
            return ZohoErrors.Error("LIMIT_EXCEEDED", "limit exceeded", new JsonObject { ["by"] = "select", ["limit"] = 50 });
        }

        var columns = query.Fields.Concat(query.Conditions.Select(c => c.Field == "Owner.id" ? "Owner" : c.Field)).Append(query.OrderBy);
        if (columns.FirstOrDefault(f => f != "id" && state.Fields.Find(f) is null) is { } unknown)
        {
            return ZohoErrors.Error("INVALID_QUERY", "column given seems to be invalid", new JsonObject { ["column_name"] = unknown, ["line"] = 1 });
        }

        return limits.CoqlMaxInValues > 0 && query.Conditions.FirstOrDefault(c => c.Operator.EndsWith("in", StringComparison.Ordinal) && c.Values.Count > limits.CoqlMaxInValues) is { } tooMany
            ? ZohoErrors.Error("LIMIT_EXCEEDED", "limit exceeded", new JsonObject { ["by"] = "in", ["column_name"] = tooMany.Field, ["limit"] = limits.CoqlMaxInValues })
            : null;
    }

    private JsonObject CoqlRow(ZohoRecord record, IReadOnlyList<string> fields, ZohoUser user)
    {
        var row = state.Render(record, fields.Where(f => f != "id").ToList(), user);
        foreach (var lookup in new[] { "Owner", "Created_By", "Modified_By" })
        {
            if (row[lookup] is JsonObject reference)
            {
                row[lookup] = new JsonObject { ["id"] = reference["id"]?.GetValue<string>() };
            }
        }

        return row;
    }

    /// <summary>Owner, id and times compare as numbers and instants; other fields as their text.</summary>
    private static bool CoqlMatches(ZohoRecord record, ZohoCoqlCondition condition, ZohoUser user)
    {
        long? number = condition.Field switch
        {
            "Owner" or "Owner.id" => record.OwnerId,
            "id" => record.Id,
            "Modified_Time" => record.ModifiedSec,
            "Created_Time" => record.CreatedSec,
            _ => null,
        };
        if (number is { } n)
        {
            var isTime = condition.Field.EndsWith("_Time", StringComparison.Ordinal);
            var values = condition.Values.Select(value => isTime
                ? DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUnixTimeSeconds() : long.MinValue
                : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue).ToList();
            return Compare(condition.Operator, values, x => n.CompareTo(x));
        }

        var text = ZohoEmulatorState.ValueText(record, condition.Field, user) ?? "";
        return Compare(condition.Operator, condition.Values, x => string.Compare(text, x, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Compare<T>(string op, IReadOnlyList<T> values, Func<T, int> compare) => op switch
    {
        "in" => values.Any(x => compare(x) == 0),
        "not in" => values.All(x => compare(x) != 0),
        "=" => compare(values[0]) == 0,
        "!=" => compare(values[0]) != 0,
        ">" => compare(values[0]) > 0,
        ">=" => compare(values[0]) >= 0,
        "<" => compare(values[0]) < 0,
        _ => compare(values[0]) <= 0,
    };
}
