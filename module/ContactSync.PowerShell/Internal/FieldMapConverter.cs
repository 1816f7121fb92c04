using System.Collections;
using System.Globalization;
using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Reads -FieldMap input: a hashtable of CrmField = GoogleField pairs, hashtables or objects with
/// CrmField/GoogleField(/Direction) properties, or FieldMapInfo records.
/// </summary>
internal static class FieldMapConverter
{
    public static IReadOnlyList<FieldMapInfo> Convert(IEnumerable<object?> items)
    {
        var result = new List<FieldMapInfo>();
        foreach (var raw in items)
        {
            var item = raw is PSObject pso ? pso.BaseObject : raw;
            switch (item)
            {
                case null:
                    continue;
                case FieldMapInfo info:
                    result.Add(info);
                    break;
                case IDictionary dictionary when HasKey(dictionary, "CrmField"):
                    result.Add(Create(Get(dictionary, "CrmField"), Get(dictionary, "GoogleField"), Get(dictionary, "Direction")));
                    break;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        result.Add(Create(entry.Key, entry.Value, null));
                    }

                    break;
                default:
                    var wrapped = PSObject.AsPSObject(raw!);
                    result.Add(Create(
                        wrapped.Properties["CrmField"]?.Value,
                        wrapped.Properties["GoogleField"]?.Value,
                        wrapped.Properties["Direction"]?.Value));
                    break;
            }
        }

        return result;
    }

    private static bool HasKey(IDictionary dictionary, string key) =>
        dictionary.Keys.Cast<object>().Any(k => string.Equals(k?.ToString(), key, StringComparison.OrdinalIgnoreCase));

    private static object? Get(IDictionary dictionary, string key) =>
        dictionary.Keys.Cast<object>()
            .Where(k => string.Equals(k?.ToString(), key, StringComparison.OrdinalIgnoreCase))
            .Select(k => dictionary[k])
            .FirstOrDefault();

    private static FieldMapInfo Create(object? crmField, object? googleField, object? direction)
    {
        var crm = Text(crmField);
        var google = Text(googleField);
        if (crm.Length == 0 || google.Length == 0)
        {
            throw new ArgumentException(string.Format(
                CultureInfo.InvariantCulture,
                "Each field mapping needs a CRM field and a Google field (got '{0}' = '{1}').",
                crm,
                google));
        }

        MappingDirection? parsed = null;
        var directionText = Text(direction);
        if (directionText.Length > 0)
        {
            if (!Enum.TryParse(directionText, ignoreCase: true, out MappingDirection value) || !Enum.IsDefined(typeof(MappingDirection), value))
            {
                throw new ArgumentException(string.Format(
                    CultureInfo.InvariantCulture,
                    "'{0}' is not a mapping direction (Both, CrmToGoogle, GoogleToCrm).",
                    directionText));
            }

            parsed = value;
        }

        return new FieldMapInfo { CrmField = crm, GoogleField = google, Direction = parsed };
    }

    private static string Text(object? value) =>
        (value is PSObject pso ? pso.BaseObject : value)?.ToString()?.Trim() ?? "";
}
