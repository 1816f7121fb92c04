using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Google;

/// <summary>Validation, storage form and rendering of Person JSON (field names from people.v1.discovery.json).</summary>
internal static class PersonJson
{
    /// <summary>Valid personFields / readMask paths.</summary>
    public static readonly IReadOnlyList<string> ReadPaths =
    [
        "addresses", "ageRanges", "biographies", "birthdays", "calendarUrls", "clientData", "coverPhotos", "emailAddresses",
        "events", "externalIds", "genders", "imClients", "interests", "locales", "locations", "memberships", "metadata",
        "miscKeywords", "names", "nicknames", "occupations", "organizations", "phoneNumbers", "photos", "relations",
        "sipAddresses", "skills", "urls", "userDefined",
    ];

    /// <summary>Valid updatePersonFields / updateMask paths.</summary>
    public static readonly HashSet<string> UpdatePaths = new(ReadPaths.Except(["ageRanges", "coverPhotos", "metadata", "photos", "skills"]), StringComparer.Ordinal);

    public static readonly HashSet<string> Singletons = new(["names", "biographies", "birthdays", "genders"], StringComparer.Ordinal);

    private static readonly HashSet<string> OutputOnly = new(
        ["resourceName", "etag", "metadata", "photos", "coverPhotos", "ageRanges", "ageRange", "skills", "braggingRights",
         "residences", "taglines", "relationshipInterests", "relationshipStatuses"],
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> FormattedTypes = new(StringComparer.Ordinal)
    {
        ["home"] = "Home", ["work"] = "Work", ["other"] = "Other", ["mobile"] = "Mobile", ["homeFax"] = "Home Fax",
        ["workFax"] = "Work Fax", ["otherFax"] = "Other Fax", ["pager"] = "Pager", ["workMobile"] = "Work Mobile",
        ["workPager"] = "Work Pager", ["main"] = "Main", ["googleVoice"] = "Google Voice", ["school"] = "School",
        ["blog"] = "Blog", ["profile"] = "Profile", ["homePage"] = "Home Page", ["anniversary"] = "Anniversary",
    };

    /// <summary>Parses a comma-separated mask; returns the bad path or null.</summary>
    public static string? ParseMask(string? mask, IReadOnlyCollection<string> valid, out List<string> paths)
    {
        paths = (mask ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.StartsWith("person.", StringComparison.Ordinal) ? p["person.".Length..] : p).Distinct().ToList();
        return paths.FirstOrDefault(p => !valid.Contains(p));
    }

    /// <summary>Checks a request person; returns an error message or null. <paramref name="groupExists"/> checks memberships.</summary>
    public static string? Validate(JsonObject person, Func<string, bool> groupExists)
    {
        foreach (var (name, value) in person)
        {
            if (OutputOnly.Contains(name))
            {
                continue;
            }

            if (!UpdatePaths.Contains(name))
            {
                return $"Invalid JSON payload received. Unknown name \"{name}\" at 'person': Cannot find field.";
            }

            if (value is null)
            {
                continue;
            }

            if (value is not JsonArray array || array.Any(i => i is not JsonObject))
            {
                return $"Invalid value at 'person.{name}': expected a list of {name} objects.";
            }

            if (Singletons.Contains(name) && array.Count > 1)
            {
                return $"Cannot have more than one person.{name} per source.";
            }

            if (name == "userDefined" && array.Any(i => string.IsNullOrEmpty(i!["key"]?.ToString()) || string.IsNullOrEmpty(i!["value"]?.ToString())))
            {
                return "Invalid userDefined: key and value must be set.";
            }

            if (name == "memberships")
            {
                foreach (var m in array)
                {
                    var rn = m!["contactGroupMembership"]?["contactGroupResourceName"]?.ToString();
                    if (rn is null || !groupExists(rn))
                    {
                        return $"Invalid contact group resource name: {rn}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Storage copy of one field value: output-only sub-fields removed.</summary>
    public static JsonArray StoreField(string name, JsonArray value)
    {
        var copy = (JsonArray)value.DeepClone();
        foreach (var item in copy.OfType<JsonObject>())
        {
            item.Remove("metadata");
            item.Remove("formattedType");
            item.Remove("canonicalForm");
            if (name == "names")
            {
                item.Remove("displayName");
                item.Remove("displayNameLastFirst");
            }
        }

        return copy;
    }

    public static JsonObject Render(StoredPerson p, IEnumerable<string>? mask, Func<string, string> groupIdOf)
    {
        var o = new JsonObject { ["resourceName"] = p.ResourceName, ["etag"] = p.Etag };
        var source = new JsonObject { ["type"] = "CONTACT", ["id"] = p.SourceId };
        foreach (var field in mask ?? ReadPaths)
        {
            if (field == "metadata")
            {
                o["metadata"] = Metadata(p);
                continue;
            }

            if (field == "memberships")
            {
                if (p.Groups.Count > 0)
                {
                    o["memberships"] = new JsonArray(p.Groups.Order(StringComparer.Ordinal).Select(g => (JsonNode?)new JsonObject
                    {
                        ["metadata"] = new JsonObject { ["source"] = source.DeepClone() },
                        ["contactGroupMembership"] = new JsonObject { ["contactGroupId"] = groupIdOf(g), ["contactGroupResourceName"] = g },
                    }).ToArray());
                }

                continue;
            }

            if (p.Data[field] is not JsonArray items || items.Count == 0)
            {
                continue;
            }

            var rendered = new JsonArray();
            for (var i = 0; i < items.Count; i++)
            {
                rendered.Add(RenderItem(field, (JsonObject)items[i]!, i, source));
            }

            o[field] = rendered;
        }

        return o;
    }

    private static JsonObject Metadata(StoredPerson p)
    {
        return new JsonObject
        {
            ["sources"] = new JsonArray(new JsonObject
            {
                ["type"] = "CONTACT",
                ["id"] = p.SourceId,
                ["etag"] = p.SourceEtag,
                ["updateTime"] = p.UpdateTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            }),
            ["objectType"] = "PERSON",
        };
    }

    /// <summary>One item of a repeated field as People API returns it: its metadata first, then display values it derives.</summary>
    private static JsonObject RenderItem(string field, JsonObject original, int i, JsonObject source)
    {
        var item = (JsonObject)original.DeepClone();
        var meta = new JsonObject { ["primary"] = i == 0, ["source"] = source.DeepClone() };
        if (i == 0)
        {
            meta["sourcePrimary"] = true;
        }

        var withMeta = new JsonObject { ["metadata"] = meta };
        foreach (var (k, v) in item.ToList())
        {
            item.Remove(k);
            withMeta[k] = v;
        }

        if (field == "names")
        {
            var given = withMeta["givenName"]?.ToString();
            var family = withMeta["familyName"]?.ToString();
            var display = string.Join(' ', new[] { withMeta["honorificPrefix"]?.ToString(), given, withMeta["middleName"]?.ToString(), family, withMeta["honorificSuffix"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));
            if (display.Length == 0)
            {
                display = withMeta["unstructuredName"]?.ToString() ?? string.Empty;
            }

            withMeta["displayName"] = display;
            withMeta["displayNameLastFirst"] = family is { Length: > 0 } && given is { Length: > 0 } ? $"{family}, {given}" : display;
            withMeta["unstructuredName"] ??= display;
        }
        else if (withMeta["type"]?.ToString() is { } type)
        {
            withMeta["formattedType"] = FormattedTypes.GetValueOrDefault(type, type);
        }

        if (field == "addresses" && withMeta["formattedValue"] is null)
        {
            withMeta["formattedValue"] = string.Join('\n', new[] { withMeta["streetAddress"]?.ToString(), string.Join(' ', new[] { withMeta["postalCode"]?.ToString(), withMeta["city"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s))), withMeta["region"]?.ToString(), withMeta["country"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));
        }

        return withMeta;
    }

    public static JsonObject Tombstone(StoredPerson p) => new()
    {
        ["resourceName"] = p.ResourceName,
        ["etag"] = p.Etag,
        ["metadata"] = new JsonObject
        {
            ["sources"] = new JsonArray(new JsonObject { ["type"] = "CONTACT", ["id"] = p.SourceId }),
            ["objectType"] = "PERSON",
            ["deleted"] = true,
        },
    };
}
