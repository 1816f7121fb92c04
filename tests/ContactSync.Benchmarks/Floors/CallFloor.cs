namespace ContactSync.Benchmarks.Floors;

/// <summary>The theoretical minimum of API calls of one measured run, and its critical path.</summary>
/// <param name="Terms">The terms, in the order of a run.</param>
/// <param name="Total">The sum of the terms.</param>
/// <param name="CriticalPathCalls">Calls that must happen one after another (token calls excluded).</param>
/// <param name="CriticalPathFormula">How the critical path was computed for this scenario.</param>
internal sealed record CallFloor(IReadOnlyList<FloorTerm> Terms, int Total, int CriticalPathCalls, string CriticalPathFormula)
{
    /// <summary>The terms as one line, e.g. "zoho token 1 + zoho read pages ⌈10000/200⌉=50 + …".</summary>
    public string Describe() =>
        string.Join(" + ", Terms.Select(t => $"{t.Service} {t.What} {t.Formula}={t.Calls}")) + $" = {Total}";
}
