using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>The shared ledger's answers about the quotas' state (for ETAs and GetStatus).</summary>
internal sealed partial class DatabaseQuotaLedger
{
    public async ValueTask<QuotaKeyStatus?> GetStatusAsync(QuotaKey key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        return Spent(SharedQuotaStatus.From(_settings, (await _store.ReadAsync(Holder, now, [key.Value], cancellationToken)).Keys[key.Value], now));
    }

    /// <summary>The states of every quota any server on the database has charged.</summary>
    public async Task<IReadOnlyList<QuotaKeyStatus>> GetStatusesAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var snapshot = await _store.ReadAsync(Holder, now, null, cancellationToken);
        return snapshot.Keys.Values.Select(s => Spent(SharedQuotaStatus.From(_settings, s, now))).OfType<QuotaKeyStatus>()
            .OrderBy(s => s.Key.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>The status with the units this server holds but has not spent yet left out of what is used.</summary>
    private QuotaKeyStatus? Spent(QuotaKeyStatus? status)
    {
        if (status is null)
        {
            return null;
        }

        lock (_sync)
        {
            return _local.TryGetValue(status.Key, out var local) && local.Chunk is { } chunk
                ? status with { Used = Math.Max(0, status.Used - (chunk.Units - chunk.Spent)) }
                : status;
        }
    }
}
