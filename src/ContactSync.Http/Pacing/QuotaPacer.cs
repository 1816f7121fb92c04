using ContactSync.Http.Quotas;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactSync.Http.Pacing;

/// <summary>
/// Lets each API attempt go only when its units are free in every quota it draws on (taken from the ledger all at once or
/// not at all, so no call holds part of what it needs while it waits: no deadlock, however many plans share the quotas).
/// Waiting calls are served plan by plan, least recently served on a contended quota first (<see cref="PlanRing"/>,
/// <see cref="ContendedQuotas"/>): a 10,000-contact first sync cannot starve 200 small runs on the same quota, and calls
/// on quotas with room (reads, concurrency slots) go earliest plan first, so the binding quota is used from the start. Waits are on the injected clock: one timer, armed for the earliest time a
/// blocked quota frees; a returned concurrency slot wakes the pacer at once.
/// </summary>
/// <remarks>
/// Serving runs in one "pump" at a time (started by whoever changes something, looping while more changed). A pass visits the
/// waiting plans in order, round after round while anything is granted; within a plan it tries the oldest call that avoids
/// every quota found full earlier in the pass, so a call that lacks room holds that quota for itself against everyone after it
/// in the order — a big call is not overtaken forever by small ones — but leaves the other quotas to others.
/// </remarks>
public sealed class QuotaPacer : IDisposable
{
    private static readonly TimeSpan LedgerRetryDelay = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly PlanRing _ring;
    private readonly ContendedQuotas _contended = new();
    private readonly CallTimes _callTimes = new();
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private long _timerDue = long.MaxValue;
    private bool _pumping;
    private bool _dirty;
    private bool _disposed;

    /// <summary>Creates a pacer over <paramref name="ledger"/>.</summary>
    public QuotaPacer(IQuotaLedger ledger, TimeProvider time, ILogger<QuotaPacer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(time);
        Ledger = ledger;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _ring = new PlanRing(
            w => _contended.Takes(w.Charges, _time.GetUtcNow().UtcTicks),
            w => ReadsBeforeWrites.Defers(w, _contended, _time.GetUtcNow().UtcTicks));
        _timer = time.CreateTimer(static state => ((QuotaPacer)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Where the capacity comes from.</summary>
    public IQuotaLedger Ledger { get; }

    /// <summary>
    /// True when no serving pass is running: every call still waiting waits for time to pass or for a slot to come back
    /// (for diagnostics, and tests that move a fake clock once the pacer has settled).
    /// </summary>
    public bool Idle
    {
        get
        {
            lock (_gate)
            {
                return !_pumping;
            }
        }
    }

    /// <summary>As <see cref="AcquireAsync(IReadOnlyList{QuotaCharge}, string?, bool, CancellationToken)"/>, for a read (or a call not described).</summary>
    public Task<QuotaPermit> AcquireAsync(IReadOnlyList<QuotaCharge> charges, string? plan, CancellationToken cancellationToken) =>
        AcquireAsync(charges, plan, writes: false, cancellationToken);

    /// <summary>
    /// Waits until every charge is taken, then returns the permit (dispose it when the attempt has ended). Cancelling gives
    /// back anything taken for the call and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="charges">What the call takes (empty: a permit at once).</param>
    /// <param name="plan">The plan (or run) the call belongs to; null for "".</param>
    /// <param name="writes">True for a write: it goes after the reads on shared slots while no quota is contended (<see cref="ReadsBeforeWrites"/>).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<QuotaPermit> AcquireAsync(IReadOnlyList<QuotaCharge> charges, string? plan, bool writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        if (charges.Count == 0)
        {
            return Task.FromResult(QuotaPermit.None);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<QuotaPermit>(cancellationToken);
        }

        // Registered before the waiter is queued (so the pump never reads a registration being written); a cancellation that
        // comes before it is queued finds nothing to remove, so the token is checked again once it is.
        var waiter = new QuotaWaiter(plan ?? "", charges, writes);
        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) =>
            {
                var (pacer, w) = ((QuotaPacer, QuotaWaiter))state!;
                pacer.Cancel(w, token);
            }, (this, waiter));
        }

        lock (_gate)
        {
            if (_disposed)
            {
                waiter.Registration.Unregister();
                throw new ObjectDisposedException(nameof(QuotaPacer));
            }

            _ring.Enqueue(waiter);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            Cancel(waiter, cancellationToken);
        }

        Kick();
        return waiter.Completion.Task;
    }

    /// <summary>Feeds a response's news to the ledger: quota left as the service counts it, and the quotas a 429 blames.</summary>
    /// <param name="feedback">What the response says (see <see cref="IQuotaCostModel.ReadFeedbackAsync"/>).</param>
    /// <param name="retryAfter">The response's Retry-After, if any.</param>
    /// <param name="cancellationToken">Cancels the ledger calls.</param>
    public async ValueTask ReportAsync(QuotaFeedback feedback, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        foreach (var remaining in feedback.Remaining)
        {
            QuotaPacerLog.Remaining(_logger, remaining.Key.Value, remaining.Units);
            await Ledger.ReportRemainingAsync(remaining, cancellationToken).ConfigureAwait(false);
        }

        foreach (var key in feedback.Refused)
        {
            QuotaPacerLog.Refused(_logger, key.Value, retryAfter?.ToString() ?? "none");
            await Ledger.ReportRefusalAsync(key, retryAfter, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How long calls on <paramref name="key"/> take on average, from grant to end (null: none has ended yet).</summary>
    public TimeSpan? CallTime(QuotaKey key) => _callTimes.Of(key);

    /// <summary>What the pacer holds now.</summary>
    public QuotaPacerSnapshot Snapshot()
    {
        lock (_gate)
        {
            return QuotaPacerSnapshot.Of(_ring.Plans);
        }
    }

    /// <summary>Stops the timer; calls still waiting fail with <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        List<QuotaWaiter> left;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            left = _ring.RemoveAll();
        }

        _timer.Dispose();
        foreach (var waiter in left)
        {
            waiter.Registration.Unregister();
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(QuotaPacer)));
        }
    }

    internal void Return(QuotaPermit permit, bool sent) => _ = ReturnAsync(permit, sent);

    /// <summary>A waiter's token was cancelled: it leaves the queue (it holds nothing while it waits) unless it was granted already.</summary>
    private void Cancel(QuotaWaiter waiter, CancellationToken token)
    {
        bool removed;
        lock (_gate)
        {
            removed = _ring.Remove(waiter);
        }

        if (removed)
        {
            waiter.Completion.TrySetCanceled(token);
        }
    }

    private async Task ReturnAsync(QuotaPermit permit, bool sent)
    {
        _callTimes.Ended(permit, sent, _time.GetUtcNow().UtcTicks);
        try
        {
            await Ledger.ReturnAsync(permit.Charges, permit.TakenAt, sent, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            QuotaPacerLog.LedgerFailed(_logger, ex, LedgerRetryDelay.TotalMilliseconds);
        }

        if (!sent || permit.Charges.Any(c => c.Limit.Kind == QuotaKind.Concurrency))
        {
            Kick();
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            _timerDue = long.MaxValue;
        }

        Kick();
    }

    /// <summary>Runs a pass now, or makes the running pump run one more.</summary>
    private void Kick()
    {
        lock (_gate)
        {
            _dirty = true;
            if (_pumping || _disposed)
            {
                return;
            }

            _pumping = true;
        }

        _ = PumpAsync();
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (!_dirty || _disposed)
                {
                    _pumping = false;
                    return;
                }

                _dirty = false;
            }

            try
            {
                await PassAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                QuotaPacerLog.LedgerFailed(_logger, ex, LedgerRetryDelay.TotalMilliseconds);
                Arm(_time.GetUtcNow().UtcTicks + LedgerRetryDelay.Ticks);
            }
        }
    }

    /// <summary>Serves the waiting plans round after round while anything is granted; then arms the timer for the earliest wake-up.</summary>
    private async Task PassAsync()
    {
        var blocked = new HashSet<QuotaKey>();
        var exhausted = new HashSet<PlanQueue>();
        long? wake = null;
        var grantedAny = true;
        while (grantedAny)
        {
            grantedAny = false;
            PlanQueue[] order;
            lock (_gate)
            {
                order = _ring.Order();
            }

            foreach (var plan in order)
            {
                if (exhausted.Contains(plan))
                {
                    continue;
                }

                var (granted, retryAt) = await ServeAsync(plan, blocked).ConfigureAwait(false);
                wake = retryAt is { } r && r < (wake ?? long.MaxValue) ? r : wake;
                grantedAny |= granted;
                if (!granted)
                {
                    exhausted.Add(plan);
                }
            }
        }

        if (wake is { } at)
        {
            Arm(at);
        }
    }

    /// <summary>Grants the plan's oldest call that avoids the quotas found full; each refusal adds its full quotas to <paramref name="blocked"/>.</summary>
    private async Task<(bool Granted, long? RetryAt)> ServeAsync(PlanQueue plan, HashSet<QuotaKey> blocked)
    {
        long? wake = null;
        while (true)
        {
            QuotaWaiter? waiter;
            lock (_gate)
            {
                waiter = plan.FirstAvoiding(blocked);
            }

            if (waiter is null)
            {
                return (false, wake);
            }

            var result = await Ledger.TryTakeAsync(waiter.Charges, CancellationToken.None).ConfigureAwait(false);
            if (result.Taken)
            {
                if (await GrantAsync(waiter, result.TakenAt).ConfigureAwait(false))
                {
                    return (true, wake);
                }

                continue;
            }

            blocked.UnionWith(result.Blocked.Count > 0 ? result.Blocked : waiter.Charges.Select(c => c.Key));
            Contended(waiter, result.Blocked);
            wake = result.RetryAt is { } at && at.UtcTicks < (wake ?? long.MaxValue) ? at.UtcTicks : wake;
        }
    }

    /// <summary>The waiter's call was refused on <paramref name="blocked"/>: those rate quotas are contended, and their recent grants count as turns.</summary>
    private void Contended(QuotaWaiter waiter, IReadOnlyList<QuotaKey> blocked)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow().UtcTicks;
            var first = !_contended.Any(now);
            foreach (var grant in _contended.Refused(waiter.Charges, blocked, now))
            {
                _ring.Advance(grant.Plan, grant.Serial);
            }

            if (first)
            {
                _ring.Reorder();
            }
        }
    }

    /// <summary>Hands the permit to the waiter; when it was cancelled meanwhile, gives everything back to the ledger.</summary>
    private async Task<bool> GrantAsync(QuotaWaiter waiter, DateTimeOffset takenAt)
    {
        bool granted;
        lock (_gate)
        {
            granted = _ring.Grant(waiter);
            if (granted && _contended.Granted(waiter.Charges, waiter.Plan!, _ring.LastGrant, _time.GetUtcNow().UtcTicks))
            {
                _ring.Advance(waiter.Plan!, _ring.LastGrant);
            }
        }

        if (!granted)
        {
            await Ledger.ReturnAsync(waiter.Charges, takenAt, sent: false, CancellationToken.None).ConfigureAwait(false);
            return false;
        }

        waiter.Registration.Unregister();
        waiter.Completion.TrySetResult(new QuotaPermit(this, waiter.Charges, takenAt) { GrantedTicks = _time.GetUtcNow().UtcTicks });
        return true;
    }

    /// <summary>Arms the timer for <paramref name="at"/> unless an earlier wake-up is armed already.</summary>
    private void Arm(long at)
    {
        lock (_gate)
        {
            if (_disposed || at >= _timerDue)
            {
                return;
            }

            _timerDue = at;
            _timer.Change(TimeSpan.FromTicks(Math.Max(0, at - _time.GetUtcNow().UtcTicks)), Timeout.InfiniteTimeSpan);
        }
    }
}
