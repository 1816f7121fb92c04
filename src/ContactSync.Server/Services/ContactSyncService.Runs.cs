using ContactSync.Server.Access;
using ContactSync.Server.Plans;
using ContactSync.Server.Quotas;
using ContactSync.Server.Runs;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Status;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>The runs RPCs: start or join, watch, cancel, status, history and failed records.</summary>
internal sealed partial class ContactSyncService
{
    public override async Task RunSync(Proto.RunSyncRequest request, IServerStreamWriter<Proto.RunEvent> responseStream, ServerCallContext context)
    {
        var plan = await plans.GetAsync(context.GetCaller(), request.PlanId.Trim(), "", context.CancellationToken);
        var handle = await runLauncher.StartOrJoinAsync(plan, request.Mode == Proto.RunMode.Full, request.DryRun, RunTriggerKind.Manual, context.CancellationToken);
        await WriteEventsAsync(handle, responseStream, context.CancellationToken);
    }

    public override async Task WatchRun(Proto.WatchRunRequest request, IServerStreamWriter<Proto.RunEvent> responseStream, ServerCallContext context)
    {
        var run = await runQueries.GetRunAsync(context.GetCaller(), request.RunId.Trim(), context.CancellationToken);
        await WriteEventsAsync(new RunHandle(run.Id, run.PlanId, activeRuns.FindByRun(run.Id)), responseStream, context.CancellationToken);
    }

    public override async Task<Proto.CancelRunResponse> CancelRun(Proto.CancelRunRequest request, ServerCallContext context)
    {
        var run = await runQueries.GetRunAsync(context.GetCaller(), request.RunId.Trim(), context.CancellationToken);
        await runLauncher.CancelAsync(run.Id, context.CancellationToken);
        return new Proto.CancelRunResponse { Run = RunProtoMapper.ToProto(run) };
    }

    public override async Task<Proto.GetStatusResponse> GetStatus(Proto.GetStatusRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var statuses = await runQueries.StatusAsync(caller, request.PlanId.Trim(), context.CancellationToken);
        var response = new Proto.GetStatusResponse();
        response.Statuses.Add(statuses.Select(RunProtoMapper.ToProto));
        if (caller.IsAdmin)
        {
            response.Quotas.Add((await quotas.StatusesAsync(context.CancellationToken)).Select(QuotaProtoMapper.ToProto));
        }

        return response;
    }

    public override async Task<Proto.ListRunsResponse> ListRuns(Proto.ListRunsRequest request, ServerCallContext context)
    {
        var (runs, next) = await runQueries.ListRunsAsync(context.GetCaller(), request.PlanId.Trim(), request.PageSize, request.PageToken, context.CancellationToken);
        var response = new Proto.ListRunsResponse { NextPageToken = next };
        response.Runs.Add(runs.Select(RunProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.ListRunErrorsResponse> ListRunErrors(Proto.ListRunErrorsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var (errors, account, next) = await runQueries.ListErrorsAsync(caller, request.RunId.Trim(), request.PlanId.Trim(), request.PageSize, request.PageToken, context.CancellationToken);
        var response = new Proto.ListRunErrorsResponse { NextPageToken = next };
        response.Errors.Add(RunErrorRedaction.ForCaller(caller, errors).Select(e => RunProtoMapper.ToProto(e, account)));
        return response;
    }

    /// <summary>The one writer of a run stream: the run's events, mapped to the contract, until its result.</summary>
    private async Task WriteEventsAsync(RunHandle handle, IServerStreamWriter<Proto.RunEvent> stream, CancellationToken cancellationToken)
    {
        await foreach (var item in runStreamer.ReadAsync(handle, cancellationToken))
        {
            await stream.WriteAsync(RunProtoMapper.ToProto(item), cancellationToken);
        }
    }
}
