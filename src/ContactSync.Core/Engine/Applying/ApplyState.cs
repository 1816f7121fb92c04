using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// What the applier's pieces share in a run: the ports, the writes queued per kind, the state changes of the batch being
/// applied (committed atomically, see <see cref="CommitAsync"/>) and the run's counts.
/// </summary>
internal sealed class ApplyState(SyncEngineSettings settings, RunPorts ports, GoogleChanges changes, RunProgress progress)
{
    private readonly HashSet<string> _googleUpdated = new(StringComparer.Ordinal);

    public SyncEngineSettings Settings { get; } = settings;

    public IReadOnlyList<ResolvedMapping> Mappings { get; } = ResolvedMapping.Resolve(settings);

    public RunPorts Ports { get; } = ports;

    /// <summary>The Google changes of the run (a create's lookup skips the contacts read in it).</summary>
    public GoogleChanges Changes { get; } = changes;

    public RunProgress Progress { get; } = progress;

    /// <summary>The state changes not committed yet.</summary>
    public StateChanges Pending { get; private set; } = new();

    /// <summary>CRM records linked by this run's writes.</summary>
    public HashSet<string> LinkedCrm { get; } = new(StringComparer.Ordinal);

    /// <summary>Contacts to add to the plan's group before the next commit.</summary>
    public List<string> GroupAdds { get; } = [];

    public List<PairWork> GoogleCreates { get; } = [];

    public List<PairWork> GoogleUpdates { get; } = [];

    public List<PairWork> CrmCreates { get; } = [];

    public List<PairWork> CrmUpdates { get; } = [];

    /// <summary>True once Google refused creates for its contact limit in this run, or when the run found the account full.</summary>
    public bool GoogleAccountFull { get; set; }

    /// <summary>Contacts whose create Google refused for the limit: they wait (backlog).</summary>
    public long GoogleWaiting { get; private set; }

    public void RecordFailure(SideKind side, string recordId, PairWork work, string code, string message, ErrorDetails? details = null) =>
        RecordFailure(side, recordId, work.Email, new PairKey(work.CrmId, work.GoogleName), code, message, details);

    public void RecordFailure(SideKind side, string recordId, string email, PairKey pair, string code, string message, ErrorDetails? details = null)
    {
        Progress.Fail(side);
        Pending.Failures.Add(new RecordFailure(side, recordId, email, code, message, pair.CrmId, pair.GoogleResourceName)
        {
            Field = details?.Field ?? "",
            ExpectedType = details?.ExpectedType ?? "",
            DuplicateRecordId = details?.DuplicateRecordId ?? "",
            DuplicateOwner = details?.DuplicateOwner ?? "",
        });
    }

    /// <summary>
    /// A write of this pair failed: recorded for the next run, and the pair's failure is not resolved now. A failed create
    /// names its source record in the message (the record on <paramref name="side"/> does not exist).
    /// </summary>
    public void FailWrite(PairWork work, SideKind side, string recordId, WriteOutcome outcome)
    {
        work.FailedNow = true;
        var created = side == SideKind.Crm ? work.CrmId.Length == 0 : work.GoogleName.Length == 0;
        var message = created ? $"Not created from {(side == SideKind.Crm ? "Google contact" : "CRM record")} {recordId}: {outcome.Message}" : outcome.Message;
        RecordFailure(side, recordId, work, outcome.Code, message, outcome.Details);
    }

    /// <summary>One write of the pair is done: its snapshot entries settle on success, and the link is saved as it stands.</summary>
    public void Complete(PairWork work, bool success, IReadOnlyDictionary<string, FieldSnapshot>? after)
    {
        if (success && after is not null)
        {
            foreach (var (key, value) in after)
            {
                work.Snapshot[key] = value;
            }
        }

        work.PendingWrites--;
        SaveLink(work);
        if (work.PendingWrites == 0 && !work.FailedNow && work.ResolvesFailure)
        {
            Resolve(new PairKey(work.CrmId, work.GoogleName));
        }
    }

    /// <summary>Saves the pair's link as it stands, once both records exist.</summary>
    public void SaveLink(PairWork work)
    {
        if (work.CrmId.Length > 0 && work.GoogleName.Length > 0)
        {
            SaveLink(work.ToLink());
        }
    }

    public void SaveLink(SyncLink link)
    {
        Pending.UpsertLinks.Add(link);
        LinkedCrm.Add(link.CrmId);
    }

    /// <summary>Ends the failures recorded for this pair (the planner knew it had some).</summary>
    public void Resolve(PairKey pair) => Pending.ResolvedFailures.Add((pair.CrmId, pair.GoogleResourceName));

    /// <summary>A contact is counted once as updated, whether it joined the group, was updated, or both.</summary>
    public void CountGoogleUpdate(string resourceName)
    {
        if (_googleUpdated.Add(resourceName))
        {
            Progress.Google.Updated++;
        }
    }

    /// <summary>
    /// Creates Google did not make because the account is full: no failures (nothing is wrong with the records), the
    /// contacts wait (backlog) and the CRM side is read again next run so they are tried again.
    /// </summary>
    public void WaitForGoogleRoom(IReadOnlyList<PairWork> batch)
    {
        GoogleWaiting += batch.Count;
        foreach (var work in batch)
        {
            Complete(work, false, null);
        }
    }

    /// <summary>
    /// Commits the state changes of what was applied, in one transaction. Contacts matched outside the plan's group join
    /// it first: no link of a contact outside the group is ever committed.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await GroupAdder.AddAsync(this, cancellationToken);
        if (Pending.IsEmpty)
        {
            return;
        }

        var changes = Pending;
        Pending = new StateChanges();
        await Ports.Store.ApplyAsync(Ports.PlanId, changes, cancellationToken);
    }
}
