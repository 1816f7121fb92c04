using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Storage.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The quota ledger of every server sharing the database (<see cref="IQuotaStore"/>). A server takes a rate quota's units in
/// chunks it spends for a short while (<see cref="SharedLedgerSettings"/>) and leases concurrency slots, so most calls take
/// their units here without a database round trip; a call that needs more asks the database, where grants are serialised per
/// quota and split among the live servers (<see cref="SharedGrantDecision"/> states the any-window guarantee). A refusal pauses
/// and slows the quota for every server; the services' own counts (Zoho's X-API-CREDITS-REMAINING) are fed in at most once per
/// chunk. Units of a call that was never sent are not given back (counting them is always safe).
/// </summary>
internal sealed partial class DatabaseQuotaLedger : IQuotaLedger, IAsyncDisposable
{
    private readonly object _sync = new();
    private readonly Dictionary<QuotaKey, LocalQuota> _local = [];
    private readonly SemaphoreSlim _database = new(1, 1);
    private readonly IQuotaStore _store;
    private readonly QuotaSettings _settings;
    private readonly SharedLedgerSettings _shared;
    private readonly SharedGrantDecision _decision;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ITimer _heartbeat;
    private int _liveHolders = 1;
    private bool _joined;
    private int _disposed;

    public DatabaseQuotaLedger(IQuotaStore store, QuotaSettings settings, SharedLedgerSettings shared, string holder, TimeProvider time, ILogger<DatabaseQuotaLedger> logger)
    {
        _store = store;
        _settings = settings;
        _shared = shared;
        _decision = new SharedGrantDecision(settings, shared);
        Holder = holder;
        _time = time;
        _logger = logger;
        _heartbeat = time.CreateTimer(static s => _ = ((DatabaseQuotaLedger)s!).BeatAsync(), this, shared.Heartbeat, shared.Heartbeat);
    }

    /// <summary>This server's name among the holders.</summary>
    public string Holder { get; }

    public async ValueTask<QuotaTakeResult> TryTakeAsync(IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        if (TryTakeLocal(charges, out var at))
        {
            return QuotaTakeResult.TakenNow(at);
        }

        await _database.WaitAsync(cancellationToken);
        try
        {
            await JoinAsync(cancellationToken);
            if (TryTakeLocal(charges, out at))
            {
                return QuotaTakeResult.TakenNow(at);
            }

            var now = _time.GetUtcNow().UtcTicks;
            var (needs, ended) = Needs(charges, now);
            await _store.SettleChunksAsync(ended, cancellationToken);
            var result = await _store.UpdateAsync(Holder, now, needs.Select(n => n.Key.Value).ToList(), s => _decision.Decide(s, needs, now), cancellationToken);
            var grant = result.Value;
            if (!grant.Granted)
            {
                return QuotaTakeResult.Refused(new DateTimeOffset(now, TimeSpan.Zero), grant.Blocked,
                    grant.RetryAt is { } r ? new DateTimeOffset(r, TimeSpan.Zero) : null);
            }

            Install(grant, result.ChunkIds);
            return TryTakeLocal(charges, out at) ? QuotaTakeResult.TakenNow(at)
                : QuotaTakeResult.Refused(new DateTimeOffset(now, TimeSpan.Zero), [.. needs.Select(n => n.Key)], new DateTimeOffset(now + 1, TimeSpan.Zero));
        }
        finally
        {
            _database.Release();
        }
    }

    public ValueTask ReturnAsync(IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt, bool sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(charges);
        var shrink = new List<LocalQuota>();
        lock (_sync)
        {
            foreach (var charge in charges.Where(c => c.Limit.Kind == QuotaKind.Concurrency))
            {
                if (_local.TryGetValue(charge.Key, out var local))
                {
                    local.InFlight = Math.Max(0, local.InFlight - charge.Units);
                    if (ShrinkLocal(local))
                    {
                        shrink.Add(local);
                    }
                }
            }
        }

        return shrink.Count == 0 ? ValueTask.CompletedTask : new ValueTask(ShrinkAsync(shrink));
    }

    public async ValueTask ReportRefusalAsync(QuotaKey key, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        QuotaLimit limit;
        var now = _time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            if (!_local.TryGetValue(key, out var local))
            {
                return;
            }

            limit = local.Limit;
            local.PausedUntil = Math.Max(local.PausedUntil, now + Math.Max(1, QuotaRules.Pause(_settings, limit, retryAfter).Ticks));
        }

        await _database.WaitAsync(cancellationToken);
        try
        {
            await _store.UpdateAsync(Holder, now, [key.Value], s => (0, SharedFeedback.Slowed(_settings, s.Keys[key.Value], limit, retryAfter, now)), cancellationToken);
        }
        finally
        {
            _database.Release();
        }
    }

    public async ValueTask ReportRemainingAsync(QuotaRemaining remaining, CancellationToken cancellationToken)
    {
        QuotaLimit limit;
        long unspent;
        var now = _time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            if (!_local.TryGetValue(remaining.Key, out var local) || local.Limit.Kind != QuotaKind.Rate
                || (local.RemainingSyncedAt is { } synced && now - synced < _decision.ChunkDuration(local.Limit)))
            {
                return;
            }

            local.RemainingSyncedAt = now;
            limit = local.Limit;
            unspent = local.Chunk is { } c ? c.Units - c.Spent : 0;
        }

        await _database.WaitAsync(cancellationToken);
        try
        {
            await _store.UpdateAsync(Holder, now, [remaining.Key.Value], s => (0, SharedFeedback.Foreign(_settings, s.Keys[remaining.Key.Value], limit, remaining.Units, unspent, now)), cancellationToken);
        }
        finally
        {
            _database.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _heartbeat.DisposeAsync();
        try
        {
            await _database.WaitAsync(CancellationToken.None);
            await _store.SettleChunksAsync(EndAll(), CancellationToken.None);
            await _store.LeaveAsync(Holder, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            QuotaLog.LedgerLeaveFailed(_logger, Holder, ex);
        }
    }

    /// <summary>Takes every charge from what this server holds, or none.</summary>
    private bool TryTakeLocal(IReadOnlyList<QuotaCharge> charges, out DateTimeOffset at)
    {
        at = _time.GetUtcNow();
        var now = at.UtcTicks;
        lock (_sync)
        {
            foreach (var charge in charges)
            {
                if (!_local.TryGetValue(charge.Key, out var local) || !local.CanTake(charge.Units, now))
                {
                    return false;
                }
            }

            foreach (var charge in charges)
            {
                _local[charge.Key].Take(charge.Units, now);
            }

            return true;
        }
    }

    /// <summary>What the call must ask the database for, and the chunks to cut first (ended, or too small for it).</summary>
    private (List<SharedNeed> Needs, List<QuotaChunkSettlement> Ended) Needs(IReadOnlyList<QuotaCharge> charges, long now)
    {
        var needs = new List<SharedNeed>();
        var ended = new List<QuotaChunkSettlement>();
        lock (_sync)
        {
            foreach (var charge in charges)
            {
                if (!_local.TryGetValue(charge.Key, out var local))
                {
                    local = new LocalQuota(charge.Key, charge.Limit);
                    _local.Add(charge.Key, local);
                }

                local.Limit = charge.Limit;
                if (local.CanTake(charge.Units, now))
                {
                    continue;
                }

                if (local.Chunk is { } chunk)
                {
                    ended.Add(Cut(local, chunk));
                    local.Chunk = null;
                }

                needs.Add(new SharedNeed(charge.Key, charge.Limit, charge.Units, local.InFlight));
            }
        }

        return (needs, ended);
    }

    private void Install(SharedGrant grant, IReadOnlyList<long> chunkIds)
    {
        var next = 0;
        lock (_sync)
        {
            foreach (var (need, units, start, end) in grant.Grants)
            {
                var local = _local[need.Key];
                if (need.Limit.Kind == QuotaKind.Rate)
                {
                    local.Chunk = new LocalChunk(chunkIds[next++], start, end, units);
                }
                else
                {
                    (local.Held, local.HeldUntil) = (units, end);
                }
            }
        }
    }

    /// <summary>A chunk cut to what was spent: it counts until its last spend is a window old.</summary>
    private QuotaChunkSettlement Cut(LocalQuota local, LocalChunk chunk) =>
        new(chunk.Id, chunk.Spent, chunk.LastSpend, chunk.LastSpend + QuotaRules.AccountedWindow(_settings, local.Limit));

    /// <summary>Cuts every chunk that has ended (all of them when <paramref name="all"/>); called under the database lock.</summary>
    private List<QuotaChunkSettlement> EndAll(bool all = true)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var ended = new List<QuotaChunkSettlement>();
        lock (_sync)
        {
            foreach (var local in _local.Values)
            {
                if (local.Chunk is { } chunk && (all || chunk.End <= now))
                {
                    ended.Add(Cut(local, chunk));
                    local.Chunk = null;
                }
            }
        }

        return ended;
    }

    /// <summary>Idle slots kept for the next calls: the fair share of the live servers (0 when there are more servers than slots).</summary>
    private long Keep(LocalQuota local) => QuotaRules.Effective(_settings, local.Limit, 1) / Math.Max(1, Volatile.Read(ref _liveHolders));

    /// <summary>Lowers the held slots to what is in flight plus the idle share; true when they were lowered.</summary>
    private bool ShrinkLocal(LocalQuota local)
    {
        var keep = Math.Max(local.InFlight, Keep(local));
        if (local.Held <= keep)
        {
            return false;
        }

        local.Held = keep;
        return true;
    }

    /// <summary>
    /// Hands slots back in the database: as many as each quota holds here when it runs (under the database lock, so a grant
    /// made after the slots were lowered here is never undone).
    /// </summary>
    private async Task ShrinkAsync(List<LocalQuota> shrink)
    {
        await _database.WaitAsync();
        try
        {
            await ShrinkHeldAsync(shrink, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            QuotaLog.LedgerHeartbeatFailed(_logger, Holder, ex);
        }
        finally
        {
            _database.Release();
        }
    }

    private async Task JoinAsync(CancellationToken cancellationToken)
    {
        if (!_joined)
        {
            await HeartbeatAsync(cancellationToken);
            _joined = true;
        }
    }

    private async Task BeatAsync()
    {
        try
        {
            await _database.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            await _store.SettleChunksAsync(EndAll(all: false), CancellationToken.None);
            await HeartbeatAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            QuotaLog.LedgerHeartbeatFailed(_logger, Holder, ex);
        }
        finally
        {
            _database.Release();
        }
    }

    /// <summary>Says this server is alive, renews its slots, learns how many servers share the quotas and hands idle slots back.</summary>
    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var live = await _store.HeartbeatAsync(Holder, now, now + (3 * _shared.Heartbeat.Ticks), now + _shared.SlotLease.Ticks, cancellationToken);
        Volatile.Write(ref _liveHolders, live);
        var shrink = new List<LocalQuota>();
        lock (_sync)
        {
            foreach (var local in _local.Values.Where(l => l.Limit.Kind == QuotaKind.Concurrency && l.Held > 0))
            {
                local.HeldUntil = now + _shared.SlotLease.Ticks;
                if (ShrinkLocal(local))
                {
                    shrink.Add(local);
                }
            }
        }

        await ShrinkHeldAsync(shrink, cancellationToken);
    }

    private async Task ShrinkHeldAsync(List<LocalQuota> shrink, CancellationToken cancellationToken)
    {
        foreach (var local in shrink)
        {
            long held;
            lock (_sync)
            {
                held = local.Held;
            }

            await _store.ShrinkSlotsAsync(Holder, local.Key.Value, held, cancellationToken);
        }
    }
}
