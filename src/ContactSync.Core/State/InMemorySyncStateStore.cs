namespace ContactSync.Core.State;

/// <summary>
/// A thread-safe in-process <see cref="ISyncStateStore"/>. Used by engine tests and by hosts that need no durability;
/// the server uses the EF Core store.
/// </summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlanState> _plans = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<SyncCursor> GetCursorAsync(string planId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Plan(planId).Cursor);
        }
    }

    /// <inheritdoc />
    public Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Plan(planId).Cursor = cursor;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByCrmIdAsync(string planId, IReadOnlyCollection<string> crmIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var plan = Plan(planId);
            IReadOnlyDictionary<string, SyncLink> found = crmIds.Distinct().Where(plan.Links.ContainsKey).ToDictionary(id => id, id => plan.Links[id], StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByGoogleNameAsync(string planId, IReadOnlyCollection<string> resourceNames, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var plan = Plan(planId);
            IReadOnlyDictionary<string, SyncLink> found = resourceNames.Distinct()
                .Where(plan.LinksByGoogle.ContainsKey)
                .ToDictionary(n => n, n => plan.Links[plan.LinksByGoogle[n]], StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SeenRecord>> FindSeenAsync(string planId, SideKind side, IReadOnlyCollection<string> emails, IReadOnlyCollection<string> crossRefs, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var emailSet = emails.ToHashSet(StringComparer.Ordinal);
            var refSet = crossRefs.ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<SeenRecord> found = Plan(planId).Seen.Values
                .Where(s => s.Side == side && ((s.Email.Length > 0 && emailSet.Contains(s.Email)) || (s.CrossRef is { Length: > 0 } r && refSet.Contains(r))))
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordFailure>> GetFailuresAsync(string planId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<RecordFailure> list = Plan(planId).Failures.Values.ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingCrmCreate>> GetPendingAsync(string planId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PendingCrmCreate> list = Plan(planId).Pending.Values.ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<long> CountLinksAsync(string planId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)Plan(planId).Links.Count);
        }
    }

    /// <inheritdoc />
    public Task ApplyAsync(string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            var plan = Plan(planId);
            foreach (var crmId in changes.RemoveLinksByCrmId)
            {
                if (plan.Links.Remove(crmId, out var removed))
                {
                    plan.LinksByGoogle.Remove(removed.GoogleResourceName);
                }
            }

            foreach (var link in changes.UpsertLinks)
            {
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

            foreach (var (side, id) in changes.RemoveSeen)
            {
                plan.Seen.Remove((side, id));
            }

            foreach (var seen in changes.UpsertSeen)
            {
                plan.Seen[(seen.Side, seen.Id)] = seen;
            }

            foreach (var (crmId, googleName) in changes.ResolvedFailures)
            {
                foreach (var key in plan.Failures.Where(f => (crmId.Length > 0 && f.Value.CrmId == crmId) || (googleName.Length > 0 && f.Value.GoogleResourceName == googleName)).Select(f => f.Key).ToList())
                {
                    plan.Failures.Remove(key);
                }
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

            foreach (var name in changes.RemovePending)
            {
                plan.Pending.Remove(name);
            }

            foreach (var intent in changes.AddPending)
            {
                plan.Pending[intent.GoogleResourceName] = intent;
            }
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

    private static bool SamePair(RecordFailure a, RecordFailure b) =>
        (a.CrmId.Length > 0 && a.CrmId == b.CrmId) || (a.GoogleResourceName.Length > 0 && a.GoogleResourceName == b.GoogleResourceName);

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
        public SyncCursor Cursor { get; set; } = SyncCursor.Empty;

        public Dictionary<string, SyncLink> Links { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> LinksByGoogle { get; } = new(StringComparer.Ordinal);

        public Dictionary<(SideKind, string), SeenRecord> Seen { get; } = [];

        public Dictionary<(SideKind, string), RecordFailure> Failures { get; } = [];

        public Dictionary<string, PendingCrmCreate> Pending { get; } = new(StringComparer.Ordinal);
    }
}
