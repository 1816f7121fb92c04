using ContactSync.Http.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.EndToEnd.Tests.Quotas;

/// <summary>
/// One fake clock for the emulators and the server, moved on only while every paced call waits in the pacer and none is in
/// flight: each call reaches the emulators at the very time the pacer let it go, so the emulators count exactly what the
/// pacer counted (no margin, no dependence on how fast this machine is).
/// </summary>
internal sealed class QuotaClock
{
    private CountingLedger? _ledger;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The server's ledger (known once the server has built it).</summary>
    public CountingLedger Ledger => _ledger ?? throw new InvalidOperationException("The server has not built its ledger yet.");

    /// <summary>Wraps the server's ledger in a <see cref="CountingLedger"/> (pass to the server's ConfigureServices).</summary>
    public void Install(IServiceCollection services)
    {
        if (services.LastOrDefault(d => d.ServiceType == typeof(IQuotaLedger)) is not { } registered)
        {
            return;
        }

        services.AddSingleton<IQuotaLedger>(sp => _ledger = new CountingLedger((IQuotaLedger)registered.ImplementationFactory!(sp)));
    }

    /// <summary>Moves the clock on by <paramref name="step"/> whenever the server only waits for quota, until <paramref name="work"/> ends.</summary>
    public async Task<T> DriveAsync<T>(QuotaPacer pacer, Task<T> work, TimeSpan step, Func<Task>? onStep = null)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!work.IsCompleted)
        {
            if (_ledger is { Outstanding: 0 } && pacer.Idle && pacer.Snapshot().Waiting > 0)
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
}
