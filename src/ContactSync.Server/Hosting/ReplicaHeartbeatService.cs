using ContactSync.Server.Runs;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Replicas;
using ContactSync.Storage.Schema;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Hosting;

/// <summary>
/// Keeps this server's row in the replica list (name, schema version, heartbeat) while it runs, and removes it on a
/// clean stop: a newer server refuses to move the schema past what live replicas run (see <c>SchemaMigrator</c>).
/// A failed heartbeat (the database unreachable for a moment) is logged and tried again at the next one.
/// </summary>
internal sealed class ReplicaHeartbeatService(
    IReplicaRegistry replicas,
    PlanLeasing leasing,
    SchemaCompatibility schema,
    TimeProvider time,
    IOptions<RunSettings> settings,
    ILogger<ReplicaHeartbeatService> logger) : BackgroundService
{
    /// <summary>How often the heartbeat is written (well inside the one-minute live window).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly DateTime _started = time.GetUtcNow().UtcDateTime;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await replicas.RemoveAsync(leasing.Holder, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HostingLog.HeartbeatFailed(logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var name = string.IsNullOrWhiteSpace(settings.Value.ReplicaName) ? Environment.MachineName : settings.Value.ReplicaName.Trim();
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                await BeatAsync(name, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task BeatAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            await replicas.HeartbeatAsync(new ReplicaRecord(leasing.Holder, name, schema.Version, _started, now), now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HostingLog.HeartbeatFailed(logger, ex);
        }
    }
}
