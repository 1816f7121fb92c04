using System.Diagnostics.CodeAnalysis;

namespace ContactSync.Core.Mapping;

/// <summary>The Google People fields ContactSync can map, with their entry properties (People API v1 Person schema).</summary>
public static class GoogleFieldCatalog
{
    private static readonly GoogleFieldSpec[] Specs =
    [
        new("names", GoogleFieldKind.First, ["givenName", "familyName", "middleName", "honorificPrefix", "honorificSuffix", "phoneticGivenName", "phoneticFamilyName"], null, [], "The contact's name (singleton)."),
        new("nicknames", GoogleFieldKind.First, ["value"], "value", [], "A nickname."),
        new("emailAddresses", GoogleFieldKind.Typed, ["value"], "value", ["work", "home", "other"], "An email address of a type."),
        new("phoneNumbers", GoogleFieldKind.Typed, ["value"], "value", ["work", "mobile", "home", "other", "workFax", "homeFax", "pager", "main", "workMobile", "workPager", "googleVoice"], "A phone number of a type."),
        new("addresses", GoogleFieldKind.Typed, ["streetAddress", "extendedAddress", "poBox", "city", "region", "postalCode", "country", "countryCode"], null, ["work", "home", "other"], "A postal address of a type."),
        new("organizations", GoogleFieldKind.First, ["name", "title", "department", "jobDescription", "symbol", "location"], null, [], "The first organization (company, title, department)."),
        new("birthdays", GoogleFieldKind.First, ["date", "text"], "date", [], "The birthday (singleton), as yyyy-MM-dd or --MM-dd."),
        new("biographies", GoogleFieldKind.First, ["value"], "value", [], "The notes / biography (singleton)."),
        new("urls", GoogleFieldKind.Typed, ["value"], "value", ["homePage", "work", "blog", "profile", "home", "other"], "A URL of a type."),
        new("userDefined", GoogleFieldKind.UserDefined, ["value"], "value", [], "A custom key/value field; the key is chosen in the mapping."),
    ];

    private static readonly Dictionary<string, GoogleFieldSpec> ByName = Specs.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>Every supported field.</summary>
    public static IReadOnlyList<GoogleFieldSpec> Fields => Specs;

    /// <summary>The supported top-level field names.</summary>
    public static IEnumerable<string> FieldNames => Specs.Select(s => s.Name);

    /// <summary>Looks up a field by its exact name.</summary>
    public static bool TryGetField(string name, [NotNullWhen(true)] out GoogleFieldSpec? spec) => ByName.TryGetValue(name, out spec);

    /// <summary>Every concrete path the pickers offer (well-known types), plus one pattern per typed and user-defined field.</summary>
    public static IEnumerable<(string Path, string Description, bool Singleton, bool Pattern)> Paths()
    {
        foreach (var spec in Specs)
        {
            switch (spec.Kind)
            {
                case GoogleFieldKind.First:
                    foreach (var property in spec.Properties)
                    {
                        yield return (new GoogleFieldPath(spec.Name, spec.Kind, "", property).Canonical, spec.Description, true, false);
                    }

                    break;
                case GoogleFieldKind.Typed:
                    foreach (var type in spec.Types)
                    {
                        foreach (var property in spec.Properties)
                        {
                            yield return (new GoogleFieldPath(spec.Name, spec.Kind, type, property).Canonical, spec.Description, false, false);
                        }
                    }

                    yield return (spec.Name == "addresses" ? $"{spec.Name}[type=<type>].<property>" : $"{spec.Name}[type=<type>]", spec.Description + " Any type may be used.", false, true);
                    break;
                case GoogleFieldKind.UserDefined:
                    yield return ("userDefined[<key>]", spec.Description, false, true);
                    break;
            }
        }
    }
}
