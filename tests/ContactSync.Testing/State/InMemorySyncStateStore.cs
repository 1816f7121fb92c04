using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>
/// A thread-safe in-process <see cref="ISyncStateStore"/> for engine tests (the server uses the EF Core store). It keeps
/// the contract of <see cref="SyncStateStoreContract"/>: each <see cref="ApplyAsync"/> is applied to a copy of the
/// plan's state that replaces it only when the whole batch went through, so a batch is all or nothing.
/// </summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlanState> _plans = new(StringComparer.Ordinal);

    /// <summary>Completed once the cursor was first asked for.</summary>
    public TaskCompletionSource CursorRead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed once the failing records were first asked for.</summary>
    public TaskCompletionSource FailuresRead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed once the write-ahead intents were first asked for.</summary>
    public TaskCompletionSource PendingRead { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public Task<SyncCursor> GetCursorAsync(string planId, CancellationToken cancellationToken)
    {
        CursorRead.TrySetResult();
        return Read(planId, p => p.Cursor);
    }

    /// <inheritdoc />
    public Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        lock (_gate)
        {
            Plan(planId).Cursor = cursor;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByCrmIdAsync(string planId, IReadOnlyCollection<string> crmIds, CancellationToken cancellationToken) =>
        Read<IReadOnlyDictionary<string, SyncLink>>(planId, plan =>
            crmIds.Distinct().Where(plan.Links.ContainsKey).ToDictionary(id => id, id => plan.Links[id], StringComparer.Ordinal));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByGoogleNameAsync(string planId, IReadOnlyCollection<string> resourceNames, CancellationToken cancellationToken) =>
        Read<IReadOnlyDictionary<string, SyncLink>>(planId, plan => resourceNames.Distinct()
            .Where(plan.LinksByGoogle.ContainsKey)
            .ToDictionary(n => n, n => plan.Links[plan.LinksByGoogle[n]], StringComparer.Ordinal));

    /// <inheritdoc />
    public Task<IReadOnlyList<SeenRecord>> FindSeenAsync(string planId, SideKind side, IReadOnlyCollection<string> emails, IReadOnlyCollection<string> crossRefs, CancellationToken cancellationToken)
    {
        var emailSet = emails.ToHashSet(StringComparer.Ordinal);
        var refSet = crossRefs.ToHashSet(StringComparer.Ordinal);
        return Read<IReadOnlyList<SeenRecord>>(planId, plan => plan.Seen.Values
            .Where(s => s.Side == side && ((s.Email.Length > 0 && emailSet.Contains(s.Email)) || (s.CrossRef is { Length: > 0 } r && refSet.Contains(r))))
            .ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordFailure>> GetFailuresAsync(string planId, CancellationToken cancellationToken)
    {
        FailuresRead.TrySetResult();
        return Read<IReadOnlyList<RecordFailure>>(planId, plan => plan.Failures.Values.ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingCrmCreate>> GetPendingAsync(string planId, CancellationToken cancellationToken)
    {
        PendingRead.TrySetResult();
        return Read<IReadOnlyList<PendingCrmCreate>>(planId, plan => plan.Pending.Values.ToList());
    }

    /// <inheritdoc />
    /// <remarks>Detached pairs no longer sync and are not counted (as in the database store).</remarks>
    public Task<long> CountLinksAsync(string planId, CancellationToken cancellationToken) =>
        Read(planId, plan => (long)plan.Links.Values.Count(l => !l.Detached));

    /// <inheritdoc />
    public Task ApplyAsync(string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            var next = Plan(planId).Copy();
            ApplyLinks(next, changes);
            ApplySeen(next, changes);
            ApplyFailures(next, changes);
            ApplyPending(next, changes);
            _plans[planId] = next;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeletePlanStateAsync(string planId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _plans.Remove(planId);
        }

        return Task.CompletedTask;
    }

    private static void ApplyLinks(PlanState plan, StateChanges changes)
    {
        foreach (var crmId in changes.RemoveLinksByCrmId)
        {
            if (plan.Links.Remove(crmId, out var removed))
            {
                plan.LinksByGoogle.Remove(removed.GoogleResourceName);
            }
        }

        foreach (var link in changes.UpsertLinks)
        {
            // A Google contact belongs to one pair: a link holding it under another CRM id is replaced.
            if (plan.LinksByGoogle.TryGetValue(link.GoogleResourceName, out var otherCrm) && otherCrm != link.CrmId)
            {
                plan.Links.Remove(otherCrm);
            }

            if (plan.Links.TryGetValue(link.CrmId, out var previous))
            {
                plan.LinksByGoogle.Remove(previous.GoogleResourceName);
            }

            plan.Links[link.CrmId] = link;
            plan.LinksByGoogle[link.GoogleResourceName] = link.CrmId;
        }
    }

    private static void ApplySeen(PlanState plan, StateChanges changes)
    {
        foreach (var (side, id) in changes.RemoveSeen)
        {
            plan.Seen.Remove((side, id));
        }

        foreach (var seen in changes.UpsertSeen)
        {
            plan.Seen[(seen.Side, seen.Id)] = seen;
        }
    }

    private static void ApplyFailures(PlanState plan, StateChanges changes)
    {
        foreach (var (crmId, googleName) in changes.ResolvedFailures)
        {
            var resolved = plan.Failures
                .Where(f => (crmId.Length > 0 && f.Value.CrmId == crmId) || (googleName.Length > 0 && f.Value.GoogleResourceName == googleName))
                .Select(f => f.Key)
                .ToList();
            resolved.ForEach(key => plan.Failures.Remove(key));
        }

        foreach (var failure in changes.Failures)
        {
            // One record fails once: an earlier failure of the same side and pair (under either id) is replaced.
            var key = (failure.Side, failure.RecordId);
            var earlier = plan.Failures.Where(f => f.Key == key || (f.Key.Item1 == failure.Side && SamePair(f.Value, failure))).ToList();
            var retries = earlier.Count == 0 ? 0 : earlier.Max(f => f.Value.Retries) + 1;
            earlier.ForEach(f => plan.Failures.Remove(f.Key));
            plan.Failures[key] = failure with { Retries = retries };
        }
    }

    private static void ApplyPending(PlanState plan, StateChanges changes)
    {
        var removed = changes.RemovePending.ToHashSet(StringComparer.Ordinal);
        foreach (var name in removed)
        {
            plan.Pending.Remove(name);
        }

        // An intent settled in the same batch is not added; an intent already there is kept as first written.
        foreach (var intent in changes.AddPending.Where(p => !removed.Contains(p.GoogleResourceName)))
        {
            plan.Pending.TryAdd(intent.GoogleResourceName, intent);
        }
    }

    private static bool SamePair(RecordFailure a, RecordFailure b) =>
        (a.CrmId.Length > 0 && a.CrmId == b.CrmId) || (a.GoogleResourceName.Length > 0 && a.GoogleResourceName == b.GoogleResourceName);

    private Task<T> Read<T>(string planId, Func<PlanState, T> read)
    {
        lock (_gate)
        {
            return Task.FromResult(_plans.TryGetValue(planId, out var plan) ? read(plan) : read(PlanState.Empty));
        }
    }

    private PlanState Plan(string planId)
    {
        if (!_plans.TryGetValue(planId, out var plan))
        {
            _plans[planId] = plan = new PlanState();
        }

        return plan;
    }

    private sealed class PlanState
    {
        public static PlanState Empty { get; } = new();

        public SyncCursor Cursor { get; set; } = SyncCursor.Empty;

        public Dictionary<string, SyncLink> Links { get; private init; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> LinksByGoogle { get; private init; } = new(StringComparer.Ordinal);

        public Dictionary<(SideKind, string), SeenRecord> Seen { get; private init; } = [];

        public Dictionary<(SideKind, string), RecordFailure> Failures { get; private init; } = [];

        public Dictionary<string, PendingCrmCreate> Pending { get; private init; } = new(StringComparer.Ordinal);

        public PlanState Copy() => new()
        {
            Cursor = Cursor,
            Links = new(Links, StringComparer.Ordinal),
            LinksByGoogle = new(LinksByGoogle, StringComparer.Ordinal),
            Seen = new(Seen),
            Failures = new(Failures),
            Pending = new(Pending, StringComparer.Ordinal),
        };
    }
}
