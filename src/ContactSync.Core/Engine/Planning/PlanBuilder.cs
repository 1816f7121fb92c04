using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>Collects one step's decisions in order and freezes them into a <see cref="PagePlan"/>.</summary>
internal sealed class PlanBuilder(CapacityGate gate, GoogleRoomRule googleRoom)
{
    private readonly List<PlanItem> _items = [];
    private readonly List<PairKey> _resolutions = [];
    private readonly long _backlogBefore = gate.Backlog;
    private readonly long _waitingBefore = googleRoom.Waiting;

    /// <summary>Records examined so far.</summary>
    public int Examined { get; set; }

    public void Add(PlanItem item) => _items.Add(item);

    /// <summary>Ends the failures of a pair now, when it has any.</summary>
    public void Resolve(PairKey pair, FailingRecords failing)
    {
        if (failing.IsFailing(pair.CrmId, pair.GoogleResourceName))
        {
            _resolutions.Add(pair);
        }
    }

    /// <summary>Ends failures known to be failing.</summary>
    public void Resolve(IEnumerable<PairKey> pairs) => _resolutions.AddRange(pairs);

    public PagePlan Build(IReadOnlyList<SeenRecord>? indexUnlessLinked = null) => new(_items.ToArray())
    {
        Resolutions = _resolutions.ToArray(),
        IndexUnlessLinked = indexUnlessLinked ?? [],
        Examined = Examined,
        Backlog = (int)(gate.Backlog - _backlogBefore),
        WaitingForGoogleRoom = (int)(googleRoom.Waiting - _waitingBefore),
    };
}
