using System.Management.Automation;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>Client-side wildcard filtering of listed items.</summary>
internal static class Filter
{
    public static IEnumerable<T> ByName<T>(IEnumerable<T> items, Func<T, string> name, string[]? patterns)
    {
        if (patterns is null || patterns.Length == 0)
        {
            return items;
        }

        var compiled = patterns.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToArray();
        return items.Where(i => compiled.Any(p => p.IsMatch(name(i))));
    }

    /// <summary>The names given without wildcards that match no item (a wildcard that matches nothing is no error).</summary>
    public static IEnumerable<string> Unmatched<T>(IReadOnlyList<T> items, Func<T, string> name, string[]? patterns) =>
        (patterns ?? Array.Empty<string>())
            .Where(p => !WildcardPattern.ContainsWildcardCharacters(p))
            .Where(p => !items.Any(i => string.Equals(name(i), p, StringComparison.OrdinalIgnoreCase)));
}
