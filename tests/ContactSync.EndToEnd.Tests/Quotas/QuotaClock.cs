using ContactSync.Http.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.EndToEnd.Tests.Quotas;

/// <summary>
/// One fake clock for the emulators and the servers, moved on only while every paced call waits in a pacer and none is in
/// flight: each call reaches the emulators at the very time its pacer let it go, so the emulators count exactly what the
/// pacers counted (no margin, no dependence on how fast this machine is).
/// </summary>
internal sealed class QuotaClock
{
    private readonly List<CountingLedger> _ledgers = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Wraps a server's ledger in a <see cref="CountingLedger"/> (pass to the server's ConfigureServices).</summary>
    public void Install(IServiceCollection services)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(IQuotaLedger)) is not { } registered)
        {
            return;
        }

        services.AddSingleton<IQuotaLedger>(sp =>
        {
            var ledger = new CountingLedger((IQuotaLedger)registered.ImplementationFactory!(sp));
            lock (_ledgers)
            {
                _ledgers.Add(ledger);
            }

            return ledger;
        });
    }

    /// <summary>Moves the clock on by <paramref name="step"/> whenever the server only waits for quota, until <paramref name="work"/> ends.</summary>
    public Task<T> DriveAsync<T>(QuotaPacer pacer, Task<T> work, TimeSpan step, Func<Task>? onStep = null) => DriveAsync([pacer], work, step, onStep);

    /// <summary>Moves the clock on by <paramref name="step"/> whenever the servers only wait for quota, until <paramref name="work"/> ends.</summary>
    public async Task<T> DriveAsync<T>(IReadOnlyList<QuotaPacer> pacers, Task<T> work, TimeSpan step, Func<Task>? onStep = null)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!work.IsCompleted)
        {
            if (Quiet(pacers))
            {
                Time.Advance(step);
                if (onStep is not null)
                {
                    await onStep();
                }
            }
            else
            {
                await Task.Delay(2, deadline.Token);
            }
        }

        return await work;
    }

    private bool Quiet(IReadOnlyList<QuotaPacer> pacers)
    {
        lock (_ledgers)
        {
            if (_ledgers.Count == 0 || _ledgers.Any(l => l.Outstanding > 0))
            {
                return false;
            }
        }

        return pacers.All(p => p.Idle) && pacers.Sum(p => p.Snapshot().Waiting) > 0;
    }
}
