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
}
