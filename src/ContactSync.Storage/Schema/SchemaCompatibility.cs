namespace ContactSync.Storage.Schema;

/// <summary>
/// A schema version and the oldest schema version whose servers can still work with a database at it: a release whose
/// migrations only add (tables, nullable or defaulted columns) keeps <paramref name="OldestCompatibleVersion"/>, so servers
/// of the previous release keep running beside it (a rolling, zero-downtime upgrade); a release that renames, drops or
/// changes the meaning of something raises it to its own version.
/// </summary>
/// <param name="Version">The schema version.</param>
/// <param name="OldestCompatibleVersion">Servers of an older schema version refuse a database at <paramref name="Version"/>.</param>
public sealed record SchemaCompatibility(int Version, int OldestCompatibleVersion);
