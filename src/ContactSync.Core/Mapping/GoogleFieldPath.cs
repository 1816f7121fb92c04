using System.Diagnostics.CodeAnalysis;
using ContactSync.Core.Text;

namespace ContactSync.Core.Mapping;

/// <summary>
/// A parsed Google People field path, as used by field mappings.
/// Grammar (canonical forms): <c>names[0].givenName</c>, <c>emailAddresses[type=work]</c>,
/// <c>phoneNumbers[type=mobile]</c>, <c>addresses[type=work].city</c>, <c>organizations[0].title</c>,
/// <c>birthdays[0].date</c>, <c>biographies[0].value</c>, <c>urls[type=homePage]</c>, <c>userDefined[Customer tier]</c>.
/// Shorthands accepted on input: <c>names.givenName</c> for <c>names[0].givenName</c>, <c>phoneNumbers[mobile]</c> for
/// <c>phoneNumbers[type=mobile]</c>, <c>userDefined[key=X]</c> for <c>userDefined[X]</c>.
/// </summary>
/// <param name="Field">The top-level person field, e.g. "phoneNumbers" (also the updatePersonFields entry).</param>
/// <param name="Kind">How the entry is selected.</param>
/// <param name="Selector">The entry type for <see cref="GoogleFieldKind.Typed"/>, the key for <see cref="GoogleFieldKind.UserDefined"/>, "" for <see cref="GoogleFieldKind.First"/>.</param>
/// <param name="Property">The property of the entry that holds the value, e.g. "value", "city", "givenName".</param>
public sealed record GoogleFieldPath(string Field, GoogleFieldKind Kind, string Selector, string Property)
{
    /// <summary>The longest entry type or userDefined key, in characters as people count them.</summary>
    public const int MaxSelectorLength = 100;

    /// <summary>The canonical text of the path.</summary>
    public string Canonical => Kind switch
    {
        GoogleFieldKind.First => $"{Field}[0].{Property}",
        GoogleFieldKind.UserDefined => $"userDefined[{Selector}]",
        _ when Field == "addresses" => $"{Field}[type={Selector}].{Property}",
        _ => $"{Field}[type={Selector}]",
    };

    /// <inheritdoc />
    public override string ToString() => Canonical;

    /// <summary>Parses a path; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GoogleFieldPath? path, [NotNullWhen(false)] out string? error)
    {
        path = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A Google field path is required.";
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Any(char.IsControl))
        {
            error = "A Google field path must not contain control characters.";
            return false;
        }

        var open = trimmed.IndexOf('[');
        var fieldName = open < 0 ? trimmed.Split('.')[0] : trimmed[..open];
        if (!GoogleFieldCatalog.TryGetField(fieldName, out var spec))
        {
            error = $"'{Quote(fieldName)}' is not a supported Google person field; supported: {string.Join(", ", GoogleFieldCatalog.FieldNames)}.";
            return false;
        }

        if (SplitSelector(trimmed, open, fieldName, out var selector, out var rest) is { } selectorError)
        {
            error = selectorError;
            return false;
        }

        if (rest.Length > 0 && (rest[0] != '.' || rest.Length == 1))
        {
            error = $"'{Quote(trimmed)}' must continue with '.property' after the field or selector.";
            return false;
        }

        var property = rest.Length == 0 ? spec.DefaultProperty ?? "" : rest[1..];

        if (NormalizeSelector(spec.Kind, fieldName, ref selector, ref property) is { } kindError)
        {
            error = kindError;
            return false;
        }

        if (!spec.Properties.Contains(property))
        {
            error = property.Length == 0
                ? $"'{fieldName}' needs a property: one of {string.Join(", ", spec.Properties)}."
                : $"'{Quote(property)}' is not a property of {fieldName}; use one of {string.Join(", ", spec.Properties)}.";
            return false;
        }

        path = new GoogleFieldPath(fieldName, spec.Kind, selector, property);
        error = null;
        return true;
    }

    /// <summary>The text inside the brackets (empty without them) and what follows the field or selector.</summary>
    private static string? SplitSelector(string trimmed, int open, string fieldName, out string selector, out string rest)
    {
        selector = "";
        rest = trimmed[fieldName.Length..];
        if (open < 0)
        {
            return null;
        }

        var close = trimmed.IndexOf(']', open);
        if (close < 0)
        {
            return $"'{Quote(trimmed)}' has an unclosed '['.";
        }

        selector = trimmed[(open + 1)..close].Trim();
        rest = trimmed[(close + 1)..];
        return null;
    }

    /// <summary>The selector in canonical form for the field's kind (shorthands resolved); an error when it does not fit.</summary>
    private static string? NormalizeSelector(GoogleFieldKind kind, string fieldName, ref string selector, ref string property)
    {
        switch (kind)
        {
            case GoogleFieldKind.First:
                if (selector.Length > 0 && selector != "0")
                {
                    return $"'{fieldName}' holds one value; address it as {fieldName}[0].";
                }

                selector = "";
                break;
            case GoogleFieldKind.Typed:
                if (selector.StartsWith("type=", StringComparison.Ordinal))
                {
                    selector = selector[5..].Trim();
                }

                if (selector.Length == 0)
                {
                    return $"'{fieldName}' needs an entry type, e.g. {fieldName}[type=work].";
                }

                if (DisplayText.Problem(selector, MaxSelectorLength, "An entry type") is { } typeProblem)
                {
                    return typeProblem;
                }

                break;
            case GoogleFieldKind.UserDefined:
                if (selector.StartsWith("key=", StringComparison.Ordinal))
                {
                    selector = selector[4..].Trim();
                }

                if (selector.Length == 0 || DisplayText.Problem(selector, MaxSelectorLength, "A userDefined key") is not null)
                {
                    return DisplayText.Problem(selector, MaxSelectorLength, "A userDefined key")
                        ?? $"userDefined needs a key of 1 to {MaxSelectorLength} characters, e.g. userDefined[Customer tier].";
                }

                property = "value";
                break;
        }

        return null;
    }

    /// <summary>Input quoted in a message: at most 60 characters.</summary>
    private static string Quote(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>Parses a path or throws <see cref="FormatException"/>.</summary>
    public static GoogleFieldPath Parse(string text)
    {
        if (!TryParse(text, out var path, out var error))
        {
            throw new FormatException(error);
        }

        return path;
    }
}
