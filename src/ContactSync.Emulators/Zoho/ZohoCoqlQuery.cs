namespace ContactSync.Emulators.Zoho;

/// <summary>A parsed COQL <c>select_query</c> (the subset the emulator understands, see <see cref="ZohoCoqlParser"/>).</summary>
/// <param name="Fields">The selected field API names (empty when <see cref="CountOnly"/>).</param>
/// <param name="CountOnly">True for <c>select COUNT(id) …</c>.</param>
/// <param name="Conditions">The <c>where</c> comparisons, all of which must hold (joined by <c>and</c>).</param>
/// <param name="OrderBy">The <c>order by</c> field (id by default).</param>
/// <param name="Descending">True for <c>desc</c>.</param>
/// <param name="Limit">Rows asked (the <c>limit</c>, 200 when none).</param>
/// <param name="Offset">Rows skipped (the <c>offset</c>).</param>
internal sealed record ZohoCoqlQuery(
    IReadOnlyList<string> Fields,
    bool CountOnly,
    IReadOnlyList<ZohoCoqlCondition> Conditions,
    string OrderBy,
    bool Descending,
    int Limit,
    int Offset);
