using System.Globalization;

namespace ContactSync.Zoho;

/// <summary>Zoho date-time values: ISO 8601 with offset, second precision, in the API user's zone.</summary>
public static class ZohoTime
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>Parses a Zoho date-time (e.g. "2026-03-01T10:00:00+05:30") as an instant.</summary>
    public static DateTimeOffset Parse(string value)
    {
        if (TryParse(value, out var result))
        {
            return result;
        }

        throw new FormatException($"Not a Zoho date-time: '{value}'.");
    }

    /// <summary>Tries to parse a Zoho date-time as an instant.</summary>
    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            result = default;
            return false;
        }

        return DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }

    /// <summary>Formats an instant as Zoho expects (<c>yyyy-MM-ddTHH:mm:ss±HH:mm</c>), keeping its offset.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
