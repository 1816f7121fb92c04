using System.Globalization;
using ContactSync.Core.Mapping;
using Newtonsoft.Json.Linq;

namespace ContactSync.Google.Sync;

/// <summary>
/// Reads and writes mapped values of a person held as its REST JSON (<see cref="JObject"/>), so entries and properties the
/// plan does not map are kept exactly as Google returned them.
/// </summary>
internal static class PersonPaths
{
    public static string Get(JObject person, GoogleFieldPath path)
    {
        if (person[path.Field] is not JArray entries)
        {
            return "";
        }

        var entry = Find(entries, path);
        if (entry is null)
        {
            return "";
        }

        return path.Property == "date" ? FormatDate(entry["date"] as JObject) : entry.Value<string>(path.Property)?.Trim() ?? "";
    }

    /// <summary>Sets one value ("" clears it); returns true when the JSON changed.</summary>
    public static bool Set(JObject person, GoogleFieldPath path, string value)
    {
        if (person[path.Field] is not JArray entries)
        {
            if (value.Length == 0)
            {
                return false;
            }

            person[path.Field] = entries = [];
        }

        var entry = Find(entries, path);
        if (value.Length == 0)
        {
            if (entry is null)
            {
                return false;
            }

            entry.Remove(path.Property);
            if (!entry.Properties().Any(p => p.Name is not ("metadata" or "type" or "formattedType" or "key")))
            {
                entries.Remove(entry);
            }

            return true;
        }

        if (entry is null)
        {
            entry = [];
            switch (path.Kind)
            {
                case GoogleFieldKind.Typed:
                    entry["type"] = path.Selector;
                    break;
                case GoogleFieldKind.UserDefined:
                    entry["key"] = path.Selector;
                    break;
            }

            entries.Add(entry);
        }

        JToken newValue = path.Property == "date" ? ParseDate(value) : new JValue(value);
        if (JToken.DeepEquals(entry[path.Property], newValue))
        {
            return false;
        }

        entry[path.Property] = newValue;
        return true;
    }

    private static JObject? Find(JArray entries, GoogleFieldPath path) => path.Kind switch
    {
        GoogleFieldKind.First => entries.OfType<JObject>().FirstOrDefault(),
        GoogleFieldKind.Typed => entries.OfType<JObject>().FirstOrDefault(e => string.Equals(e.Value<string>("type"), path.Selector, StringComparison.OrdinalIgnoreCase)),
        _ => entries.OfType<JObject>().FirstOrDefault(e => e.Value<string>("key") == path.Selector),
    };

    private static string FormatDate(JObject? date)
    {
        if (date is null)
        {
            return "";
        }

        var year = date.Value<int?>("year") ?? 0;
        var month = date.Value<int?>("month") ?? 0;
        var day = date.Value<int?>("day") ?? 0;
        if (month == 0 || day == 0)
        {
            return "";
        }

        return year > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"--{month:D2}-{day:D2}");
    }

    private static JObject ParseDate(string value)
    {
        var parts = value.Trim().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var date = new JObject();
        if (parts.Length == 3 && int.TryParse(parts[0], out var year))
        {
            date["year"] = year;
            date["month"] = int.Parse(parts[1], CultureInfo.InvariantCulture);
            date["day"] = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        else if (parts.Length == 2)
        {
            date["month"] = int.Parse(parts[0], CultureInfo.InvariantCulture);
            date["day"] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        else
        {
            throw new FormatException($"'{value}' is not a date (yyyy-MM-dd or --MM-dd).");
        }

        return date;
    }
}
