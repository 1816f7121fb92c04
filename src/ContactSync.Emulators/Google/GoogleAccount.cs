namespace ContactSync.Emulators.Google;

/// <summary>The contacts of one Google user: persons, change log (ordered by sequence) and groups.</summary>
internal sealed class GoogleAccount(string email)
{
    public string Email { get; } = email;

    public Dictionary<string, StoredPerson> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Change log: sequence → person; each person appears once, at its latest sequence.</summary>
    public Dictionary<long, StoredPerson> Log { get; } = [];

    public SortedSet<long> LogKeys { get; } = [];

    public Dictionary<string, StoredGroup> Groups { get; } = new(StringComparer.Ordinal);

    public long LastSeq { get; set; }

    public int LiveCount { get; set; }
}
