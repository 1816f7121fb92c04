using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>
/// Converts the engine's text values to the data type of the Zoho field they are written to (field metadata, reference
/// §3.1): dates as yyyy-MM-dd, date-times as yyyy-MM-ddTHH:mm:ss±HH:mm, emails and phones as Zoho validates them,
/// picklist values in their stored spelling, numbers and booleans as JSON numbers and booleans, texts within the field's
/// length. A value that cannot be converted is not sent (a <see cref="FieldNote"/> says why); a mandatory text that is
/// too long is shortened instead, since the record cannot be written without it.
/// </summary>
internal static partial class ZohoValueConverter
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"];
    private static readonly HashSet<string> NotWritable = new(StringComparer.Ordinal)
    {
        "lookup", "ownerlookup", "userlookup", "multiselectlookup", "multiuserlookup", "formula", "autonumber", "fileupload", "imageupload", "subform", "profileimage",
    };

    /// <summary>
    /// Converts <paramref name="text"/> for <paramref name="field"/>. With <paramref name="completePickList"/> false the
    /// field's picklist values are only the known ones: other values are sent as given (Zoho decides).
    /// </summary>
    public static ZohoConversion Convert(string text, ZohoField field, bool completePickList = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (text.Length == 0)
        {
            return ZohoConversion.Clear;
        }

        var type = string.IsNullOrEmpty(field.DataType) ? "text" : field.DataType;
        if (NotWritable.Contains(type))
        {
            return Skip(field, type, $"{field.ApiName} is a {type} field, which ContactSync does not write from a text value");
        }

        return type switch
        {
            "date" => Date(text, field),
            "datetime" => DateTime(text, field),
            "email" => Checked(text, field, EmailPattern().IsMatch(text), "is not an email address Zoho accepts"),
            "phone" => Checked(text, field, PhonePattern().IsMatch(text), "is not a phone number Zoho accepts (digits and + - ( ) . / x # * only)"),
            "picklist" => Pick(text, field, completePickList),
            "multiselectpicklist" => MultiPick(text, field),
            "integer" or "bigint" => Integer(text, field),
            "double" or "currency" or "decimal" or "percent" => Number(text, field),
            "boolean" => Boolean(text, field),
            _ => Text(text, field),
        };
    }

    private static ZohoConversion Text(string text, ZohoField field)
    {
        if (field.Length is not { } max || max <= 0 || text.Length <= max)
        {
            return ZohoConversion.Of(JsonValue.Create(text), text, text);
        }

        if (field.Mandatory)
        {
            var shortened = text[..max].TrimEnd();
            var note = new FieldNote(field.ApiName, shortened, field.DataType ?? "text",
                $"The value has {text.Length} characters and {field.ApiName} holds {max}: it was written shortened (the source keeps the whole value)");
            return new ZohoConversion(true, JsonValue.Create(shortened), shortened, note);
        }

        return Skip(field, field.DataType ?? "text", $"The value has {text.Length} characters and {field.ApiName} holds {max}");
    }

    private static ZohoConversion Checked(string text, ZohoField field, bool valid, string problem)
    {
        if (!valid)
        {
            return Skip(field, field.DataType!, $"{Quote(text)} {problem}");
        }

        return Text(text, field);
    }

    private static ZohoConversion Date(string text, ZohoField field)
    {
        if (TryParseDate(text.Trim(), out var date))
        {
            var stored = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return ZohoConversion.Of(JsonValue.Create(stored), text, stored);
        }

        var why = text.StartsWith("--", StringComparison.Ordinal) ? "has no year, and Zoho dates need one (yyyy-MM-dd)" : "is not a date (yyyy-MM-dd)";
        return Skip(field, "date", $"{Quote(text)} {why}");
    }

    /// <summary>A calendar date with a year: yyyy-MM-dd (or its short and slashed forms), or the date of an ISO date-time.</summary>
    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (text.Length > 10 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var full))
        {
            date = DateOnly.FromDateTime(full.DateTime);
            return true;
        }

        return false;
    }

    private static ZohoConversion DateTime(string text, ZohoField field)
    {
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return Skip(field, "datetime", $"{Quote(text)} is not a date and time");
        }

        var stored = ZohoTime.Format(new DateTimeOffset(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset));
        return ZohoConversion.Of(JsonValue.Create(stored), text, stored);
    }

    private static ZohoConversion Pick(string text, ZohoField field, bool completePickList)
    {
        if (Match(field, text.Trim()) is { } actual)
        {
            return ZohoConversion.Of(JsonValue.Create(actual), text, actual);
        }

        return field.PickListValues.Count == 0 || !completePickList
            ? Text(text, field)
            : Skip(field, "picklist", $"{Quote(text)} is not one of the values of {field.ApiName} ({string.Join(", ", field.PickListValues.Take(10))})");
    }

    private static ZohoConversion MultiPick(string text, ZohoField field)
    {
        var items = text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new List<string>(items.Length);
        foreach (var item in items)
        {
            var actual = field.PickListValues.Count == 0 ? item : Match(field, item);
            if (actual is null)
            {
                return Skip(field, "multiselectpicklist", $"{Quote(item)} is not one of the values of {field.ApiName} ({string.Join(", ", field.PickListValues.Take(10))})");
            }

            values.Add(actual);
        }

        var array = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        return ZohoConversion.Of(array, text, string.Join("; ", values));
    }

    private static ZohoConversion Integer(string text, ZohoField field)
    {
        var digitsAllowed = field.DataType == "integer" && field.Length is > 0 and < 19 ? field.Length.Value : 18;
        if (!long.TryParse(text.Trim(), NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            || Math.Abs(number).ToString(CultureInfo.InvariantCulture).Length > digitsAllowed)
        {
            return Skip(field, field.DataType!, $"{Quote(text)} is not a whole number of at most {digitsAllowed} digits");
        }

        return ZohoConversion.Of(JsonValue.Create(number), text, number.ToString(CultureInfo.InvariantCulture));
    }

    private static ZohoConversion Number(string text, ZohoField field)
    {
        var styles = NumberStyles.Number | NumberStyles.AllowCurrencySymbol;
        if (!decimal.TryParse(text.Trim().TrimEnd('%'), styles, CultureInfo.InvariantCulture, out var number))
        {
            return Skip(field, field.DataType!, $"{Quote(text)} is not a number");
        }

        return ZohoConversion.Of(JsonValue.Create(number), text, number.ToString(CultureInfo.InvariantCulture));
    }

    private static ZohoConversion Boolean(string text, ZohoField field)
    {
        bool? value = text.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "y" or "1" or "on" => true,
            "false" or "no" or "n" or "0" or "off" => false,
            _ => null,
        };
        return value is { } b
            ? ZohoConversion.Of(JsonValue.Create(b), text, b ? "true" : "false")
            : Skip(field, "boolean", $"{Quote(text)} is not true or false");
    }

    private static string? Match(ZohoField field, string value) =>
        field.PickListValues.FirstOrDefault(v => string.Equals(v, value, StringComparison.Ordinal))
        ?? field.PickListValues.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    private static ZohoConversion Skip(ZohoField field, string type, string why) =>
        ZohoConversion.Skip(field.ApiName, type, $"{why}; {field.ApiName} was not written (the source keeps the value)");

    private static string Quote(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9+\-().\s/x#*]+$")]
    private static partial Regex PhonePattern();
}
