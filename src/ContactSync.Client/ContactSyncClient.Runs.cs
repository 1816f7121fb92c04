using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

public sealed partial class ContactSyncClient
{
    /// <summary>Starts a run of a plan (or joins the one in progress) and returns its event stream.</summary>
    /// <remarks>The call starts on the first <see cref="RunEventStream.MoveNextAsync"/>.</remarks>
    public RunEventStream StartRun(string planId, RunMode mode, bool dryRun)
    {
        var request = new V1.RunSyncRequest
        {
            PlanId = planId ?? "",
            Mode = mode == RunMode.Full ? V1.RunMode.Full : V1.RunMode.Incremental,
            DryRun = dryRun,
        };
        return new RunEventStream(ct => _grpc.RunSync(request, StreamOptions(ct)), Options.Server, ContactSyncErrorIds.ConfigNotFound, Transport);
    }

    /// <summary>Attaches to a run: the rest of its progress, or the result of an ended run.</summary>
    public RunEventStream WatchRun(string runId)
    {
        var request = new V1.WatchRunRequest { RunId = runId ?? "" };
        return new RunEventStream(ct => _grpc.WatchRun(request, StreamOptions(ct)), Options.Server, ContactSyncErrorIds.RunNotFound, Transport);
    }

    /// <summary>Asks a running run to stop after its current batch.</summary>
    public async Task<SyncRunInfo> CancelRunAsync(string runId, CancellationToken cancellationToken)
    {
        var request = new V1.CancelRunRequest { RunId = runId ?? "" };
        var response = await CallAsync(o => _grpc.CancelRunAsync(request, o), ContactSyncErrorIds.RunNotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Run ?? new V1.SyncRun { Id = runId ?? "" });
    }

    /// <summary>The status of one plan, or of every plan the caller may see (empty id).</summary>
    public async Task<IReadOnlyList<PlanStatusInfo>> GetStatusAsync(string? planId, CancellationToken cancellationToken)
    {
        var request = new V1.GetStatusRequest { PlanId = planId ?? "" };
        var response = await CallAsync(o => _grpc.GetStatusAsync(request, o), ContactSyncErrorIds.ConfigNotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Statuses.Select(ProtoMapper.ToInfo).ToArray();
    }

    /// <summary>The run history of a plan (or of all plans), newest first, at most <paramref name="maxCount"/> runs.</summary>
    public async Task<IReadOnlyList<SyncRunInfo>> ListRunsAsync(string? planId, int maxCount, CancellationToken cancellationToken)
    {
        var runs = new List<SyncRunInfo>();
        var token = "";
        do
        {
            var request = new V1.ListRunsRequest { PlanId = planId ?? "", PageSize = Math.Min(500, Math.Max(1, maxCount - runs.Count)), PageToken = token };
            var response = await CallAsync(o => _grpc.ListRunsAsync(request, o), ContactSyncErrorIds.ConfigNotFound, cancellationToken)
                .ConfigureAwait(false);
            runs.AddRange(response.Runs.Select(r => ProtoMapper.ToInfo(r)));
            token = response.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token) && runs.Count < maxCount);

        return runs.Take(maxCount).ToArray();
    }

    /// <summary>The failed records of a run, or the records failing now for a plan.</summary>
    public async Task<IReadOnlyList<RunErrorInfo>> ListRunErrorsAsync(string? runId, string? planId, CancellationToken cancellationToken)
    {
        var errors = new List<RunErrorInfo>();
        var token = "";
        var notFoundId = string.IsNullOrEmpty(runId) ? ContactSyncErrorIds.ConfigNotFound : ContactSyncErrorIds.RunNotFound;
        do
        {
            var request = new V1.ListRunErrorsRequest { RunId = runId ?? "", PlanId = planId ?? "", PageSize = 1000, PageToken = token };
            var response = await CallAsync(o => _grpc.ListRunErrorsAsync(request, o), notFoundId, cancellationToken)
                .ConfigureAwait(false);
            errors.AddRange(response.Errors.Select(ProtoMapper.ToInfo));
            token = response.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token));

        return errors;
    }
}
