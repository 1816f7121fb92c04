using ContactSync.Benchmarks.Reporting;

namespace ContactSync.Benchmarks.Special;

/// <summary>What one organisation-scale scenario measured: named figures and its targets.</summary>
/// <param name="Name">Stable name, e.g. "account-25k".</param>
/// <param name="Description">One line for people.</param>
/// <param name="Figures">The figures, in print order (e.g. "first run wall s" → "8.4").</param>
/// <param name="Targets">The targets beside the figures.</param>
/// <param name="Error">Why the scenario stopped early, if it did.</param>
internal sealed record SpecialResult(
    string Name,
    string Description,
    IReadOnlyList<KeyValuePair<string, string>> Figures,
    IReadOnlyList<TargetCheck> Targets,
    string? Error);
