using ContactSync.Storage.NearRealTime;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Runs near-real-time plans in this process (when <see cref="NearRealTimeSettings.Enabled"/>): the channel upkeep every
/// <see cref="NearRealTimeSettings.MaintenanceInterval"/> (and at start, which enables every channel again), the Google polls
/// that are due (looked for four times per <see cref="NearRealTimeSettings.GooglePollMinInterval"/>), and the dispatch of
/// waiting changes every <see cref="NearRealTimeSettings.DispatchInterval"/> or as soon as a notification arrives.
/// </summary>
internal sealed class NearRealTimeWorker(
    WatchChannelManager channels,
    GooglePoller poller,
    ChangeDispatcher dispatcher,
    IChangeHintStore hints,
    NearRealTimeWake wake,
    TimeProvider time,
    IOptions<NearRealTimeSettings> settings,
    ILogger<NearRealTimeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        await Task.WhenAll(MaintainAsync(stoppingToken), DispatchAsync(stoppingToken));
    }

    private async Task MaintainAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.MaintenanceInterval, time);
        do
        {
            await StepAsync("channels", () => channels.TickAsync(stoppingToken));
            await StepAsync("receipts", () => hints.PruneReceiptsAsync(time.GetUtcNow().UtcDateTime - settings.Value.ReceiptRetention, stoppingToken));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        // Polls are due at most every GooglePollMinInterval: looking for due ones a few times per interval is enough (each
        // look lists the plans), while waiting changes are looked at every DispatchInterval or when a notification came.
        var pollCheck = settings.Value.GooglePollMinInterval / 4;
        var nextPollCheck = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (time.GetUtcNow() >= nextPollCheck)
            {
                nextPollCheck = time.GetUtcNow() + pollCheck;
                await StepAsync("google poll", () => poller.TickAsync(stoppingToken));
            }

            await StepAsync("dispatch", () => dispatcher.TickAsync(stoppingToken));
            try
            {
                await wake.WaitAsync(settings.Value.DispatchInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task StepAsync(string step, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            NearRealTimeLog.LoopFailed(logger, step, ex);
        }
    }
}
