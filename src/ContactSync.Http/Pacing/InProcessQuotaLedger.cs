using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// The ledger of one process: every quota's use in memory, under one lock, on the injected clock.
/// </summary>
/// <remarks>
/// <para><b>The any-window guarantee.</b> A rate quota of L units per window W is accounted over W' = W +
/// <see cref="QuotaSettings.WindowMargin"/> ≥ W. A call of n units is taken at time t only if U(t) + n ≤ L', where U(t) is
/// what <see cref="SlidingWindowLog"/> counts at t and L' ≤ L is the effective limit (safety share and slow-down applied).
/// The log counts every unit granted in (t − W', t] (a bucket stays until its last grant is W' old, so it may count older
/// units too, never fewer). Take any window [a, a + W) and let t be the last grant inside it; every grant in the window lies
/// in [a, t], and a &gt; t − W ≥ t − W', so all of them were counted when t was checked (check and add happen under one lock):
/// the window holds at most U(t) + n ≤ L' ≤ L units. Refunds remove only units of calls never sent; reported foreign use
/// only adds. The one exception is a call larger than L' itself, let through alone into an empty window (if it is larger than
/// L the service refuses it whatever we do).</para>
/// <para>Concurrency quotas count calls in flight: taken before the attempt, given back when it ends.</para>
/// </remarks>
public sealed class InProcessQuotaLedger : IQuotaLedger
{
    private readonly object _sync = new();
    private readonly Dictionary<QuotaKey, QuotaKeyState> _keys = [];
    private readonly QuotaSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Creates an empty ledger.</summary>
    public InProcessQuotaLedger(QuotaSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        settings.Validate();
        _settings = settings;
        _time = time;
    }

    /// <inheritdoc/>
    public ValueTask<QuotaTakeResult> TryTakeAsync(IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken) => ValueTask.FromResult(TryTake(charges));

    /// <summary>Takes every charge now, or none (see <see cref="IQuotaLedger.TryTakeAsync"/>).</summary>
    public QuotaTakeResult TryTake(IReadOnlyList<QuotaCharge> charges)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var now = _time.GetUtcNow();
        var ticks = now.UtcTicks;
        lock (_sync)
        {
            List<QuotaKey>? blocked = null;
            long? retryAt = null;
            foreach (var charge in charges)
            {
                if (!Fits(StateOf(charge, ticks), charge.Units, ticks, out var freeAt))
                {
                    (blocked ??= []).Add(charge.Key);
                    retryAt = freeAt is not { } f ? retryAt : Math.Min(retryAt ?? long.MaxValue, f);
                }
            }

            if (blocked is not null)
            {
                return QuotaTakeResult.Refused(now, blocked, retryAt is { } r ? new DateTimeOffset(r, TimeSpan.Zero) : null);
            }

            foreach (var charge in charges)
            {
                var state = _keys[charge.Key];
                if (state.Limit.Kind == QuotaKind.Rate)
                {
                    state.Log.Add(ticks, charge.Units, AccountedWindow(state));
                }
                else
                {
                    state.InFlight += charge.Units;
                }
            }

            return QuotaTakeResult.TakenNow(now);
        }
    }

    /// <inheritdoc/>
    public ValueTask ReturnAsync(IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt, bool sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        lock (_sync)
        {
            foreach (var charge in charges)
            {
                if (!_keys.TryGetValue(charge.Key, out var state))
                {
                    continue;
                }

                if (state.Limit.Kind == QuotaKind.Concurrency)
                {
                    state.InFlight = Math.Max(0, state.InFlight - charge.Units);
                }
                else if (!sent)
                {
                    state.Log.Refund(takenAt.UtcTicks, charge.Units);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask ReportRefusalAsync(QuotaKey key, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            if (_keys.TryGetValue(key, out var state))
            {
                var feedback = _settings.Feedback;
                var pause = retryAfter ?? (state.Limit.Kind == QuotaKind.Rate
                    ? Min(state.Limit.Window, _settings.Scaled(feedback.LongestPause))
                    : _settings.Scaled(feedback.ConcurrencyPause));
                state.PausedUntil = Math.Max(state.PausedUntil, now + Math.Max(1, pause.Ticks));
                state.Factor = Math.Max(feedback.MinimumFactor, Recovered(state, now) * feedback.DecreaseFactor);
                state.FactorSince = now;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask ReportRemainingAsync(QuotaRemaining remaining, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            if (_keys.TryGetValue(remaining.Key, out var state) && state.Limit.Kind == QuotaKind.Rate)
            {
                var window = AccountedWindow(state);
                var usedByService = state.Limit.Limit - Math.Max(0, remaining.Units);
                var ours = state.Log.Used(now, window);
                if (usedByService > ours)
                {
                    state.Log.Add(now, usedByService - ours, window);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<QuotaKeyStatus?> GetStatusAsync(QuotaKey key, CancellationToken cancellationToken) => ValueTask.FromResult(GetStatus(key));

    /// <summary>The state of <paramref name="key"/>; null when no call has charged it yet.</summary>
    public QuotaKeyStatus? GetStatus(QuotaKey key)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            if (!_keys.TryGetValue(key, out var state))
            {
                return null;
            }

            var rate = state.Limit.Kind == QuotaKind.Rate;
            var window = rate ? AccountedWindow(state) : 0;
            return new QuotaKeyStatus(key, state.Limit, Effective(state, now), TimeSpan.FromTicks(window),
                rate ? state.Log.Used(now, window) : state.InFlight, Recovered(state, now),
                state.PausedUntil > now ? new DateTimeOffset(state.PausedUntil, TimeSpan.Zero) : null);
        }
    }

    /// <summary>The states of every quota charged so far.</summary>
    public IReadOnlyList<QuotaKeyStatus> GetStatuses()
    {
        QuotaKey[] keys;
        lock (_sync)
        {
            keys = [.. _keys.Keys];
        }

        return keys.Select(GetStatus).OfType<QuotaKeyStatus>().ToArray();
    }

    private QuotaKeyState StateOf(QuotaCharge charge, long now)
    {
        if (!_keys.TryGetValue(charge.Key, out var state))
        {
            state = new QuotaKeyState(charge.Key, charge.Limit, now);
            _keys.Add(charge.Key, state);
        }

        state.Limit = charge.Limit;
        return state;
    }

    private bool Fits(QuotaKeyState state, long units, long now, out long? freeAt)
    {
        freeAt = null;
        if (state.PausedUntil > now)
        {
            freeAt = state.PausedUntil;
            return false;
        }

        var limit = Effective(state, now);
        if (state.Limit.Kind == QuotaKind.Concurrency)
        {
            return state.InFlight == 0 || state.InFlight + units <= limit;
        }

        var window = AccountedWindow(state);
        var used = state.Log.Used(now, window);
        if (units > limit ? used == 0 : used + units <= limit)
        {
            return true;
        }

        freeAt = Math.Max(now + 1, state.Log.FreeAt(now, window, units, limit));
        return false;
    }

    /// <summary>The units (or calls) the pacer allows now: the safety share of a rate, the reserve of a concurrency, the slow-down.</summary>
    private long Effective(QuotaKeyState state, long now)
    {
        var factor = Recovered(state, now);
        var nominal = state.Limit.Kind == QuotaKind.Rate
            ? state.Limit.Limit * _settings.SafetyFraction
            : Math.Max(1, state.Limit.Limit - _settings.ConcurrencyReserve);
        return Math.Max(1, (long)Math.Floor(nominal * factor));
    }

    /// <summary>The slow-down after recovery: one step per clean interval since it last changed.</summary>
    private double Recovered(QuotaKeyState state, long now)
    {
        if (state.Factor >= 1)
        {
            return 1;
        }

        var interval = state.Limit.Kind == QuotaKind.Rate ? state.Limit.Window : _settings.Scaled(_settings.Feedback.ConcurrencyRecoveryInterval);
        var steps = (now - state.FactorSince) / Math.Max(1, interval.Ticks);
        if (steps > 0)
        {
            state.Factor = Math.Min(1, state.Factor + (steps * _settings.Feedback.RecoveryStep));
            state.FactorSince += steps * Math.Max(1, interval.Ticks);
        }

        return state.Factor;
    }

    private long AccountedWindow(QuotaKeyState state) => state.Limit.Window.Ticks + _settings.WindowMargin.Ticks;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
