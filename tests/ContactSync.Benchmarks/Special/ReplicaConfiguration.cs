namespace ContactSync.Benchmarks.Special;

/// <summary>One configuration of the replicas scenario: how many server processes share which database.</summary>
/// <param name="Label">Short name for the figures, e.g. "3×PG".</param>
/// <param name="Replicas">Server processes started, each with the scheduler on.</param>
/// <param name="OnPostgres">True: one PostgreSQL database shared by all; false: the SQLite file of one server.</param>
internal sealed record ReplicaConfiguration(string Label, int Replicas, bool OnPostgres)
{
    public static IReadOnlyList<ReplicaConfiguration> All { get; } =
    [
        new("3×PG", 3, OnPostgres: true),
        new("1×PG", 1, OnPostgres: true),
        new("1×SQLite", 1, OnPostgres: false),
    ];
}
