using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Plans;
using ContactSync.Server.Plans.RollOut;
using ContactSync.Server.Runs;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>The plan RPCs: Configure, GetConfig, ListConfigs, DeleteConfig, RollOutPlans.</summary>
internal sealed partial class ContactSyncService
{
    public override async Task<Proto.ConfigureResponse> Configure(Proto.ConfigureRequest request, ServerCallContext context)
    {
        if (request.Plan is null)
        {
            throw new ValidationFailedException("plan", "The plan is required.");
        }

        var result = await plans.ConfigureAsync(
            context.GetCaller(),
            request.Plan.Id.Trim(),
            request.Plan.Version,
            PlanProtoMapper.ToDefinition(request.Plan),
            request.ValidateOnly,
            context.CancellationToken);
        var response = new Proto.ConfigureResponse { Plan = PlanProtoMapper.ToProto(result.Plan), Created = result.Created };
        response.Warnings.Add(result.Warnings.Select(RunProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.GetConfigResponse> GetConfig(Proto.GetConfigRequest request, ServerCallContext context)
    {
        var plan = await plans.GetAsync(context.GetCaller(), request.PlanId.Trim(), request.Name, context.CancellationToken);
        return new Proto.GetConfigResponse { Plan = PlanProtoMapper.ToProto(plan) };
    }

    public override async Task<Proto.ListConfigsResponse> ListConfigs(Proto.ListConfigsRequest request, ServerCallContext context)
    {
        var page = await plans.ListAsync(context.GetCaller(), request.PageSize, request.PageToken, request.CrmUserId, context.CancellationToken);
        var response = new Proto.ListConfigsResponse { NextPageToken = page.NextPageToken };
        response.Plans.Add(page.Plans.Select(PlanProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.RollOutPlansResponse> RollOutPlans(Proto.RollOutPlansRequest request, ServerCallContext context)
    {
        var results = await rollOut.RollOutAsync(
            context.GetCaller(), RollOutProtoMapper.ToDomain(request.Template), request.CrmUserIds, request.ValidateOnly, context.CancellationToken);
        var response = new Proto.RollOutPlansResponse();
        response.Results.Add(results.Select(RollOutProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.DeleteConfigResponse> DeleteConfig(Proto.DeleteConfigRequest request, ServerCallContext context)
    {
        var plan = await plans.DeleteAsync(context.GetCaller(), request.PlanId.Trim(), request.Version, context.CancellationToken);
        await runLauncher.ForgetPlanAsync(plan.Id, context.CancellationToken);
        return new Proto.DeleteConfigResponse { Plan = PlanProtoMapper.ToProto(plan) };
    }
}
