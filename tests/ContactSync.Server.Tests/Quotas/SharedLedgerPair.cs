using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Server.Quotas;
using ContactSync.Storage;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Quotas;
using ContactSync.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>Two "servers" — each its own shared ledger and pacer — on one migrated SQLite database and one fake clock.</summary>
internal sealed class SharedLedgerPair : IAsyncDisposable
{
    private readonly string _folder = TestServer.NewDataDirectory();
    private ServiceProvider? _services;

    private SharedLedgerPair(FakeTimeProvider clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    public List<(DatabaseQuotaLedger Ledger, QuotaPacer Pacer)> Servers { get; } = [];

    public IQuotaStore Store => _services!.GetRequiredService<IQuotaStore>();

    /// <summary>Exact accounting: no margin, no reserve.</summary>
    public static QuotaSettings Exact { get; } = new() { WindowMargin = TimeSpan.Zero, ConcurrencyReserve = 0 };

    public static async Task<SharedLedgerPair> StartAsync(int servers = 2, QuotaSettings? settings = null, SharedLedgerSettings? shared = null)
    {
        var pair = new SharedLedgerPair(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)));
        pair._services = new ServiceCollection().AddContactSyncStorage(pair._folder).BuildServiceProvider();
        await ContactSyncDatabase.MigrateAsync(pair._services, CancellationToken.None);
        for (var i = 0; i < servers; i++)
        {
            var ledger = new DatabaseQuotaLedger(pair.Store, settings ?? Exact, shared ?? new SharedLedgerSettings(), $"server-{i}", pair.Clock,
                NullLogger<DatabaseQuotaLedger>.Instance);
            pair.Servers.Add((ledger, new QuotaPacer(ledger, pair.Clock)));
        }

        return pair;
    }

    /// <summary>Waits (real time, generous) until every pacer is idle with <paramref name="waiting"/> calls waiting in all.</summary>
    public async Task SettleAsync(Func<int, bool> waiting)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!(Servers.All(s => s.Pacer.Idle) && waiting(Servers.Sum(s => s.Pacer.Snapshot().Waiting))))
        {
            await Task.Delay(5, deadline.Token);
        }

        // Once more after a pause: a pump that just ended may have armed nothing new.
        await Task.Delay(20, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (ledger, pacer) in Servers)
        {
            pacer.Dispose();
            await ledger.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        ContactSyncDatabase.ReleasePooledConnections();
        TestServer.TryDelete(_folder);
    }
}
