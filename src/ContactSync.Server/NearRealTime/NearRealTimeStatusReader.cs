using ContactSync.Core.Plans;
using ContactSync.Storage.NearRealTime;

namespace ContactSync.Server.NearRealTime;

/// <summary>Reads a plan's near-real-time state for GetStatus.</summary>
internal sealed class NearRealTimeStatusReader(IWatchChannelStore channels, IGooglePollStore polls, IChangeHintStore hints)
{
    /// <summary>The state of a near-real-time plan, or null for any other plan.</summary>
    public async Task<NearRealTimeStatus?> ReadAsync(StoredSyncPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Definition.NearRealTime)
        {
            return null;
        }

        var channel = await channels.GetAsync(plan.Id, cancellationToken);
        var poll = await polls.GetAsync(plan.Id, cancellationToken);
        var pending = await hints.CountAsync(plan.Id, cancellationToken);
        var error = channel is { LastError.Length: > 0 } ? "Zoho channel: " + channel.LastError
            : poll is { LastError.Length: > 0 } ? "Google poll: " + poll.LastError
            : "";
        return new NearRealTimeStatus(
            channel?.State.ToUpperInvariant() ?? "NONE",
            channel?.ExpiresUtc,
            channel?.LastNotificationUtc,
            poll?.LastPollUtc,
            poll?.Interval is { Ticks: > 0 } interval ? interval : null,
            error,
            pending);
    }
}
