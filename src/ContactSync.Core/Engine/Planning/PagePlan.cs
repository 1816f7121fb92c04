using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The plan of one step of a run (a CRM page, a chunk of Google changes, the crash intents, the failing records): the
/// decisions in order plus the state they settle. Immutable; the applier executes it, a dry run only describes it.
/// </summary>
/// <param name="Items">Creates, pair updates and links, group additions and failures, in the order decided.</param>
internal sealed record PagePlan(IReadOnlyList<PlanItem> Items)
{
    /// <summary>A plan with nothing in it.</summary>
    public static PagePlan Empty { get; } = new([]);

    /// <summary>Failing pairs that end at once (no write needed: left the group, vanished, no longer written, …).</summary>
    public IReadOnlyList<PairKey> Resolutions { get; init; } = [];

    /// <summary>The page's unlinked CRM records: kept in the matching index unless this page's writes link them.</summary>
    public IReadOnlyList<SeenRecord> IndexUnlessLinked { get; init; } = [];

    /// <summary>Matching-index entries to write (unlinked Google contacts).</summary>
    public IReadOnlyList<SeenRecord> Seen { get; init; } = [];

    /// <summary>Matching-index entries to remove (linked or deleted records).</summary>
    public IReadOnlyList<(SideKind Side, string Id)> Unseen { get; init; } = [];

    /// <summary>Write-ahead intents of an interrupted run that are settled (linked, reported or not found).</summary>
    public IReadOnlyList<string> SettledIntents { get; init; } = [];

    /// <summary>Records examined (the progress count).</summary>
    public int Examined { get; init; }

    /// <summary>Records left for a later run by the caps or by Google's contact limit.</summary>
    public int Backlog { get; init; }

    /// <summary>Of the backlog: new Google contacts that wait because the Google account is full.</summary>
    public int WaitingForGoogleRoom { get; init; }

    /// <summary>Fields decided by the conflict option.</summary>
    public int Conflicts => Items.OfType<PlannedPair>().Sum(p => p.Conflicts);

    /// <summary>The plan for people, in the order decided.</summary>
    public IEnumerable<PlannedChange> Describe() => Items.SelectMany(i => i.Describe());
}
