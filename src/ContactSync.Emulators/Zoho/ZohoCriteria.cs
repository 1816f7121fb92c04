using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>Evaluates custom-view criteria (OAS <c>Criteria</c>) and parses search criteria strings into that form.</summary>
internal static class ZohoCriteria
{
    public static bool Matches(JsonObject criteria, Func<string, string?> valueOf, long viewerId)
    {
        if (criteria["group"] is JsonArray group && group.Count > 0)
        {
            var or = string.Equals(criteria["group_operator"]?.GetValue<string>(), "or", StringComparison.OrdinalIgnoreCase);
            foreach (var g in group)
            {
                var m = g is JsonObject o && Matches(o, valueOf, viewerId);
                if (or && m)
                {
                    return true;
                }

                if (!or && !m)
                {
                    return false;
                }
            }

            return !or;
        }

        var field = criteria["field"]?["api_name"]?.GetValue<string>() ?? string.Empty;
        var comparator = criteria["comparator"]?.GetValue<string>() ?? "equal";
        var actual = valueOf(field);
        var expected = criteria["value"] switch
        {
            JsonArray a => a.Select(v => Normalize(v, viewerId)).ToList(),
            JsonNode n => [Normalize(n, viewerId)],
            null => [],
        };

        return comparator switch
        {
            "equal" or "equals" or "in" => expected.Any(e => Eq(actual, e)),
            "not_equal" => !expected.Any(e => Eq(actual, e)),
            "starts_with" => actual is not null && expected.Any(e => actual.StartsWith(e, StringComparison.OrdinalIgnoreCase)),
            "ends_with" => actual is not null && expected.Any(e => actual.EndsWith(e, StringComparison.OrdinalIgnoreCase)),
            "contains" => actual is not null && expected.Any(e => actual.Contains(e, StringComparison.OrdinalIgnoreCase)),
            "not_contains" => actual is null || !expected.Any(e => actual.Contains(e, StringComparison.OrdinalIgnoreCase)),
            "empty" => string.IsNullOrEmpty(actual),
            "not_empty" => !string.IsNullOrEmpty(actual),
            "greater_than" => Compare(actual, expected.FirstOrDefault()) > 0,
            "greater_equal" => Compare(actual, expected.FirstOrDefault()) >= 0,
            "less_than" => Compare(actual, expected.FirstOrDefault()) is < 0 and not int.MinValue,
            "less_equal" => Compare(actual, expected.FirstOrDefault()) is <= 0 and not int.MinValue,
            "between" => expected.Count == 2 && Compare(actual, expected[0]) >= 0 && Compare(actual, expected[1]) is <= 0 and not int.MinValue,
            _ => false,
        };
    }

    private static string Normalize(JsonNode? n, long viewerId)
    {
        var s = n is JsonValue v ? v.ToString() : n?["id"]?.ToString() ?? string.Empty;
        return s == "${CURRENTUSER}" ? viewerId.ToString(CultureInfo.InvariantCulture) : s;
    }

    private static bool Eq(string? a, string e) => string.Equals(a ?? string.Empty, e, StringComparison.OrdinalIgnoreCase);

    private static int Compare(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return int.MinValue;
        }

        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x.CompareTo(y);
        }

        if (DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.None, out var da) && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.None, out var db))
        {
            return da.CompareTo(db);
        }

        return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <c>((Email:equals:a@b.com)and(Last_Name:starts_with:Sm))</c>; null when malformed or over 10 conditions.</summary>
    public static JsonObject? Parse(string text)
    {
        var pos = 0;
        var count = 0;
        var result = ParseExpr(text, ref pos, ref count);
        return result is not null && pos == text.Length && count <= 10 ? result : null;
    }

    private static JsonObject? ParseExpr(string s, ref int pos, ref int count)
    {
        if (pos >= s.Length || s[pos] != '(')
        {
            return null;
        }

        pos++;
        return pos < s.Length && s[pos] == '(' ? ParseGroup(s, ref pos, ref count) : ParseCondition(s, ref pos, ref count);
    }

    /// <summary>A group of two or more expressions joined by one operator (and/or), after its opening parenthesis.</summary>
    private static JsonObject? ParseGroup(string s, ref int pos, ref int count)
    {
        var items = new List<JsonObject>();
        string? op = null;
        while (true)
        {
            var item = ParseExpr(s, ref pos, ref count);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (pos < s.Length && s[pos] == ')')
            {
                pos++;
                break;
            }

            var rest = s[pos..];
            string thisOp;
            if (rest.StartsWith("and", StringComparison.OrdinalIgnoreCase))
            {
                thisOp = "and";
                pos += 3;
            }
            else if (rest.StartsWith("or", StringComparison.OrdinalIgnoreCase))
            {
                thisOp = "or";
                pos += 2;
            }
            else
            {
                return null;
            }

            if (op is not null && op != thisOp)
            {
                return null;
            }

            op = thisOp;
        }

        return items.Count == 1 ? items[0] : new JsonObject
        {
            ["group_operator"] = op ?? "and",
            ["group"] = new JsonArray(items.Select(i => (JsonNode?)i).ToArray()),
        };
    }

    /// <summary>One <c>field:comparator:value</c> condition, after its opening parenthesis.</summary>
    private static JsonObject? ParseCondition(string s, ref int pos, ref int count)
    {
        var sb = new StringBuilder();
        while (pos < s.Length && s[pos] != ')')
        {
            if (s[pos] == '\\' && pos + 1 < s.Length)
            {
                pos++;
            }

            sb.Append(s[pos]);
            pos++;
        }

        if (pos >= s.Length)
        {
            return null;
        }

        pos++;
        count++;
        var parts = sb.ToString().Split(':', 3);
        if (parts.Length != 3)
        {
            return null;
        }

        var comparator = parts[1] switch
        {
            "equals" => "equal",
            "in" or "between" => parts[1],
            var c => c,
        };
        JsonNode value = parts[1] is "in" or "between"
            ? new JsonArray(parts[2].Split(',').Select(v => (JsonNode?)v.Trim()).ToArray())
            : JsonValue.Create(parts[2]);
        return new JsonObject
        {
            ["comparator"] = comparator,
            ["field"] = new JsonObject { ["api_name"] = parts[0] },
            ["value"] = value,
        };
    }
}
