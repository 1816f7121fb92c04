namespace ContactSync.Benchmarks.Floors;

/// <summary>The calls of a measured run per kind, with the formulas of the read counts.</summary>
internal readonly record struct FloorCounts(
    int ZohoRead,
    string ZohoReadFormula,
    int ZohoDeleted,
    int GoogleRead,
    string GoogleReadFormula,
    int GoogleCreates,
    int GoogleUpdates,
    int ZohoCreates,
    int ZohoUpdates);
