using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Zoho's per-field type validation of record writes. A value of the wrong type is refused with the per-record error of
/// the reference (§2.3; fields.json <c>InvalidTypeError</c>):
/// <c>{"code":"INVALID_DATA","details":{"expected_data_type":"date","api_name":"Date_of_Birth","json_path":"$.data[0].Date_of_Birth"},"message":"invalid data","status":"error"}</c>,
/// a text longer than the field's length with <c>maximum_length</c> instead (common.json <c>MaxLengthError</c>).
/// Where the documents are silent the rule is strict and says so: numbers and booleans must be JSON numbers and booleans
/// (not strings), a datetime must be <c>yyyy-MM-ddTHH:mm:ss±HH:mm</c> (the reference's format), and picklist values must
/// be among the field's values unless <see cref="EmulatorOptions.ZohoStrictPicklists"/> is off.
/// </summary>
internal static partial class ZohoValueRules
{
    /// <summary>The per-record error of <paramref name="value"/> for <paramref name="field"/>, or null when Zoho accepts it.</summary>
    public static JsonObject? Check(ZohoFieldDefinition field, JsonNode value, int index, bool strictPicklists)
    {
        JsonObject TypeError() => ZohoErrors.Field("INVALID_DATA", "invalid data", field.ApiName, index, new JsonObject { ["expected_data_type"] = field.DataType });

        switch (field.DataType)
        {
            case "lookup":
                return value is JsonObject o && (o["id"] is not null || o["name"] is not null) ? null : TypeError();
            case "integer":
                return IsWholeNumber(value, out var n) && Digits(n) <= field.Length ? null : TypeError();
            case "bigint":
                return IsWholeNumber(value, out _) ? null : TypeError();
            case "double" or "currency" or "decimal" or "percent":
                return value is JsonValue dv && dv.GetValueKind() == JsonValueKind.Number && dv.TryGetValue<decimal>(out var d) && Digits(decimal.Truncate(d)) <= field.Length ? null : TypeError();
            case "boolean":
                return value is JsonValue bv && bv.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : TypeError();
            case "multiselectpicklist":
                return CheckMultiSelect(field, value, index, strictPicklists, TypeError);
        }

        if (value is not JsonValue jv || !jv.TryGetValue<string>(out var s))
        {
            return TypeError();
        }

        if (s.Length > field.Length)
        {
            return ZohoErrors.Field("INVALID_DATA", "invalid data", field.ApiName, index, new JsonObject { ["maximum_length"] = field.Length });
        }

        var valid = field.DataType switch
        {
            "email" => EmailPattern().IsMatch(s),
            "phone" => PhonePattern().IsMatch(s),
            "date" => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "datetime" => DateTimePattern().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "picklist" => !strictPicklists || InPickList(field, s),
            _ => true,
        };
        return valid ? null : TypeError();
    }

    private static JsonObject? CheckMultiSelect(ZohoFieldDefinition field, JsonNode value, int index, bool strictPicklists, Func<JsonObject> typeError)
    {
        if (value is not JsonArray items)
        {
            return typeError();
        }

        foreach (var item in items)
        {
            if (item is not JsonValue v || !v.TryGetValue<string>(out var s) || (strictPicklists && !InPickList(field, s)))
            {
                return typeError();
            }
        }

        return items.ToJsonString().Length > field.Length
            ? ZohoErrors.Field("INVALID_DATA", "invalid data", field.ApiName, index, new JsonObject { ["maximum_length"] = field.Length })
            : null;
    }

    private static bool InPickList(ZohoFieldDefinition field, string value) =>
        field.PickList is null || field.PickList.Contains(value, StringComparer.Ordinal);

    private static bool IsWholeNumber(JsonNode value, out long number)
    {
        number = 0;
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out number);
    }

    private static int Digits(decimal value) => Math.Abs(value).ToString("0", CultureInfo.InvariantCulture).Length;

    [GeneratedRegex(@"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")]
    internal static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9+\-().\s/x#*]+$")]
    internal static partial Regex PhonePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateTimePattern();
}
