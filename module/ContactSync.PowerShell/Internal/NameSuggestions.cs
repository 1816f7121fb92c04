namespace ContactSync.PowerShell.Internal;

/// <summary>The names closest to a name that matched nothing (case-insensitive edit distance; containment counts as close).</summary>
internal static class NameSuggestions
{
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates, int max = 3)
    {
        var wanted = name.Trim().ToUpperInvariant();
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Distance: Distance(wanted, c.ToUpperInvariant())))
            .Where(c => c.Distance <= Math.Max(2, wanted.Length / 3) || Contains(c.Name, wanted))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>"No X named 'n'." followed by the closest names, or by a pointer to the list when none is close.</summary>
    public static string NotFound(string what, string name, IEnumerable<string> candidates, string listCommand)
    {
        var closest = Closest(name, candidates);
        var suggestion = closest.Count > 0
            ? " Did you mean " + string.Join(" or ", closest.Select(c => "'" + c + "'")) + "?"
            : " " + listCommand + " lists them.";
        return ErrorRecords.Format("No {0} named '{1}'.{2}", what, name, suggestion);
    }

    private static bool Contains(string candidate, string wanted) =>
        wanted.Length >= 3 && (candidate.ToUpperInvariant().Contains(wanted) || wanted.Contains(candidate.ToUpperInvariant()));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
