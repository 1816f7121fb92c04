using System.Collections;
using System.Globalization;
using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Reads -Template input: a PlanTemplateInfo, or a hashtable or object whose keys are Set-ContactSyncConfig's parameter
/// names (Name, Direction, ConflictWinner, Frequency, CrmView, GoogleGroup, FieldMap, DeletePolicy, MassDeleteThreshold,
/// InitialCap, IncrementalCap, Enabled, EnforceOneWay, CrmGoogleRefField, NearRealTime). An unknown key or a value that does not convert
/// is an <see cref="ArgumentException"/> naming it.
/// </summary>
internal static class PlanTemplateConverter
{
    private static readonly string[] Keys =
    [
        "Name", "Direction", "ConflictWinner", "Frequency", "CrmView", "GoogleGroup", "FieldMap", "DeletePolicy",
        "MassDeleteThreshold", "InitialCap", "IncrementalCap", "Enabled", "EnforceOneWay", "CrmGoogleRefField",
        "NearRealTime",
    ];

    public static PlanTemplateInfo Convert(object? input)
    {
        var value = input is PSObject pso ? pso.BaseObject : input;
        if (value is PlanTemplateInfo template)
        {
            return template;
        }

        var entries = Entries(value ?? throw new ArgumentException("-Template: give a hashtable of plan settings."));
        foreach (var key in entries.Keys.Where(k => !Keys.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"-Template: '{key}' is not a template setting; use {string.Join(", ", Keys)}.");
        }

        T? Get<T>(string key)
            where T : struct => entries.TryGetValue(key, out var v) && v is not null ? To<T>(key, v) : null;
        string Text(string key) => entries.TryGetValue(key, out var v) && v is not null ? v.ToString() ?? "" : "";
        return new PlanTemplateInfo
        {
            Name = Text("Name"),
            Direction = Get<SyncDirection>("Direction"),
            ConflictWinner = Get<ConflictWinner>("ConflictWinner"),
            Frequency = entries.TryGetValue("Frequency", out var frequency) && frequency is not null ? Frequency(frequency) : null,
            CrmView = Text("CrmView"),
            GoogleGroup = Text("GoogleGroup"),
            FieldMap = entries.TryGetValue("FieldMap", out var map) && map is not null
                ? FieldMapConverter.Convert(LanguagePrimitives.GetEnumerable(map)?.Cast<object?>() ?? [map])
                : Array.Empty<FieldMapInfo>(),
            DeletePolicy = Get<DeletePolicy>("DeletePolicy"),
            MassDeleteThreshold = Get<int>("MassDeleteThreshold"),
            InitialCap = Get<int>("InitialCap"),
            IncrementalCap = Get<int>("IncrementalCap"),
            Enabled = Get<bool>("Enabled") ?? false,
            EnforceOneWay = Get<bool>("EnforceOneWay") ?? false,
            CrmGoogleRefField = Text("CrmGoogleRefField"),
            NearRealTime = Get<bool>("NearRealTime") ?? false,
        };
    }

    private static Dictionary<string, object?> Entries(object value)
    {
        var entries = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                entries[entry.Key.ToString() ?? ""] = entry.Value is PSObject p ? p.BaseObject : entry.Value;
            }
        }
        else
        {
            foreach (var property in PSObject.AsPSObject(value).Properties)
            {
                entries[property.Name] = property.Value is PSObject p ? p.BaseObject : property.Value;
            }
        }

        return entries;
    }

    private static T To<T>(string key, object value)
    {
        try
        {
            return LanguagePrimitives.ConvertTo<T>(value);
        }
        catch (PSInvalidCastException ex)
        {
            throw new ArgumentException($"-Template: {key} = '{value}' is not a {typeof(T).Name}. {ex.Message}", ex);
        }
    }

    private static TimeSpan Frequency(object value) => value is string text && string.Equals(text.Trim(), FrequencyTransformationAttribute.Manual, StringComparison.OrdinalIgnoreCase)
        ? TimeSpan.Zero
        : value is string span && TimeSpan.TryParse(span, CultureInfo.InvariantCulture, out var parsed) ? parsed : To<TimeSpan>("Frequency", value);
}
