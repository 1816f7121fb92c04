using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The planner of one run: no I/O. It takes what the readers read (the Google changes, the CRM pages, the deletions) and
/// the link state the caller loaded for each step, and returns immutable plans. Its pieces, each a class of its own:
/// matching (<see cref="PairMatcher"/>), the 3-way merge (<see cref="FieldMerger"/>, <see cref="PairDecider"/>), new
/// records and the Last_Name fallback (<see cref="CreateBuilder"/>, <see cref="LastNameFallback"/>), the deletion policy
/// and the breaker (<see cref="DeletionPlanner"/>, <see cref="MassDeletionBreaker"/>), caps and backlog
/// (<see cref="CapacityGate"/>), Google's contact limit (<see cref="GoogleRoomRule"/>), crash intents
/// (<see cref="IntentSettlement"/>) and failing records (<see cref="FailingRecords"/>). What it settled across steps (pairs
/// claimed, records examined) is kept in its <see cref="PlanningLedger"/>, so no record is decided twice.
/// </summary>
internal sealed class SyncPlanner
{
    private readonly PlanningContext _context;

    /// <param name="settings">The plan.</param>
    /// <param name="cap">The run's cap (first or later run; 0 = none).</param>
    /// <param name="changes">The Google changes of the run.</param>
    /// <param name="failing">The records failing since earlier runs.</param>
    public SyncPlanner(SyncEngineSettings settings, int cap, GoogleChanges changes, FailingRecords failing)
    {
        _context = new PlanningContext(settings, cap, changes, failing);
    }

    /// <summary>What the planner settled so far (the loaders read it to skip records already paired or out of the run).</summary>
    public PlanningLedger Ledger => _context.Ledger;

    /// <summary>Contacts left for later runs (caps and Google's contact limit).</summary>
    public long Backlog => _context.Gate.Backlog;

    /// <summary>True when CRM-side changes were left for later: the CRM watermark must not advance.</summary>
    public bool CrmCapped => _context.Gate.CrmCapped;

    /// <summary>True when Google-side changes were left for later: the sync token must not advance.</summary>
    public bool GoogleCapped => _context.Gate.GoogleCapped;

    /// <summary>Google contacts planned to wait for room in the account.</summary>
    public long WaitingForGoogleRoom => _context.GoogleRoom.Waiting;

    /// <summary>The deletions and the breaker's verdict; the deleted pairs are out of the rest of the run.</summary>
    public DeletionPlan PlanDeletions(DeletionInput input) => DeletionPlanner.Plan(input, _context.Settings, _context.Ledger, _context.Failing);

    /// <summary>The crash intents of an interrupted run.</summary>
    public PagePlan PlanIntents(IReadOnlyList<IntentLookup> lookups) => IntentSettlement.Plan(_context, lookups);

    /// <summary>The failures of failing records that are gone (<paramref name="crmFound"/>: the failing CRM records read again).</summary>
    public PagePlan PlanVanishedFailures(IReadOnlyList<CrmContact> crmFound)
    {
        var plan = _context.NewPlan();
        plan.Resolve(_context.Failing.Vanished(crmFound, _context.Changes));
        return plan.Build();
    }

    /// <summary>The records of a CRM page not examined before in this run (a record read twice is decided once).</summary>
    public IReadOnlyList<CrmContact> Admit(IReadOnlyList<CrmContact> page) => page.Where(r => _context.Ledger.Admit(r.Id)).ToList();

    /// <summary>One CRM page, with its links and candidates.</summary>
    public PagePlan PlanCrmPage(CrmPageInput input) => CrmPagePlanner.Plan(_context, input);

    /// <summary>The Google changes no CRM page touched.</summary>
    public IReadOnlyList<GoogleContact> RemainingGoogleChanges() => GoogleChunkPlanner.Remaining(_context);

    /// <summary>One chunk of the remaining Google changes, with its links and candidates.</summary>
    public PagePlan PlanGoogleChunk(GoogleChunkInput input) => GoogleChunkPlanner.Plan(_context, input);
}
