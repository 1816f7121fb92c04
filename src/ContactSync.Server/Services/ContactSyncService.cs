using ContactSync.Core.Plans;
using ContactSync.Server.Application;
using ContactSync.Server.Connections;
using ContactSync.Server.Pickers;
using ContactSync.Server.Runs;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Status;
using ContactSync.Server.Security;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>
/// The <c>contactsync.v1.ContactSync</c> service: maps requests, delegates to the application services, maps responses.
/// Split by concern: plans and keys here, connections and pickers in <c>.Connections.cs</c>, runs in <c>.Runs.cs</c>.
/// </summary>
internal sealed partial class ContactSyncService(
    PlanService plans,
    ApiKeyService apiKeys,
    ConnectionService connections,
    PickerService pickers,
    RunLauncher runLauncher,
    ActiveRuns activeRuns,
    RunQueries runQueries,
    RunEventStreamer runStreamer) : Proto.ContactSync.ContactSyncBase
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
            PlanMapper.ToDefinition(request.Plan),
            request.ValidateOnly,
            context.CancellationToken);
        var response = new Proto.ConfigureResponse { Plan = PlanMapper.ToProto(result.Plan), Created = result.Created };
        response.Warnings.Add(result.Warnings.Select(RunMapper.ToProto));
        return response;
    }

    public override async Task<Proto.GetConfigResponse> GetConfig(Proto.GetConfigRequest request, ServerCallContext context)
    {
        var plan = await plans.GetAsync(context.GetCaller(), request.PlanId.Trim(), request.Name, context.CancellationToken);
        return new Proto.GetConfigResponse { Plan = PlanMapper.ToProto(plan) };
    }

    public override async Task<Proto.ListConfigsResponse> ListConfigs(Proto.ListConfigsRequest request, ServerCallContext context)
    {
        var page = await plans.ListAsync(context.GetCaller(), request.PageSize, request.PageToken, request.CrmUserId, context.CancellationToken);
        var response = new Proto.ListConfigsResponse { NextPageToken = page.NextPageToken };
        response.Plans.Add(page.Plans.Select(PlanMapper.ToProto));
        return response;
    }

    public override async Task<Proto.DeleteConfigResponse> DeleteConfig(Proto.DeleteConfigRequest request, ServerCallContext context)
    {
        var plan = await plans.DeleteAsync(context.GetCaller(), request.PlanId.Trim(), request.Version, context.CancellationToken);
        await runLauncher.ForgetPlanAsync(plan.Id, context.CancellationToken);
        return new Proto.DeleteConfigResponse { Plan = PlanMapper.ToProto(plan) };
    }

    public override async Task<Proto.CreateApiKeyResponse> CreateApiKey(Proto.CreateApiKeyRequest request, ServerCallContext context)
    {
        var created = await apiKeys.CreateAsync(
            context.GetCaller(), request.Name, ApiKeyMapper.ToRole(request.Role), request.CrmUserId, context.CancellationToken);
        return new Proto.CreateApiKeyResponse { Key = ApiKeyMapper.ToProto(created.Key), Secret = created.Secret };
    }

    public override async Task<Proto.RevokeApiKeyResponse> RevokeApiKey(Proto.RevokeApiKeyRequest request, ServerCallContext context)
    {
        var key = await apiKeys.RevokeAsync(context.GetCaller(), request.KeyId, context.CancellationToken);
        return new Proto.RevokeApiKeyResponse { Key = ApiKeyMapper.ToProto(key) };
    }

    public override async Task<Proto.ListApiKeysResponse> ListApiKeys(Proto.ListApiKeysRequest request, ServerCallContext context)
    {
        var keys = await apiKeys.ListAsync(context.GetCaller(), request.IncludeRevoked, context.CancellationToken);
        var response = new Proto.ListApiKeysResponse();
        response.Keys.Add(keys.Select(ApiKeyMapper.ToProto));
        return response;
    }
}
