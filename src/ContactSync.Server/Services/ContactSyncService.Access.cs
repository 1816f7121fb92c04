using ContactSync.Server.Access;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>
/// The access RPCs: GetCaller (the identity the server authenticated; the web page shows it and hides what the caller may not
/// use) and the API keys (CreateApiKey, RevokeApiKey, ListApiKeys).
/// </summary>
internal sealed partial class ContactSyncService
{
    public override Task<Proto.GetCallerResponse> GetCaller(Proto.GetCallerRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var response = new Proto.GetCallerResponse
        {
            KeyId = caller.KeyId,
            Role = caller.IsAdmin ? Proto.ApiKeyRole.Admin : Proto.ApiKeyRole.User,
            CrmUserId = caller.CrmUserId,
            DisplayName = caller.Widget?.DisplayName ?? "",
            Email = caller.Widget?.Email ?? "",
        };
        if (caller.Widget is { } widget)
        {
            response.ExpireTime = Timestamp.FromDateTimeOffset(widget.ExpiresAt);
        }

        return Task.FromResult(response);
    }

    public override async Task<Proto.CreateApiKeyResponse> CreateApiKey(Proto.CreateApiKeyRequest request, ServerCallContext context)
    {
        var created = await apiKeys.CreateAsync(
            context.GetCaller(), request.Name, ApiKeyProtoMapper.ToRole(request.Role), request.CrmUserId, context.CancellationToken);
        return new Proto.CreateApiKeyResponse { Key = ApiKeyProtoMapper.ToProto(created.Key), Secret = created.Secret };
    }

    public override async Task<Proto.RevokeApiKeyResponse> RevokeApiKey(Proto.RevokeApiKeyRequest request, ServerCallContext context)
    {
        var key = await apiKeys.RevokeAsync(context.GetCaller(), request.KeyId, context.CancellationToken);
        return new Proto.RevokeApiKeyResponse { Key = ApiKeyProtoMapper.ToProto(key) };
    }

    public override async Task<Proto.ListApiKeysResponse> ListApiKeys(Proto.ListApiKeysRequest request, ServerCallContext context)
    {
        var keys = await apiKeys.ListAsync(context.GetCaller(), request.IncludeRevoked, context.CancellationToken);
        var response = new Proto.ListApiKeysResponse();
        response.Keys.Add(keys.Select(ApiKeyProtoMapper.ToProto));
        return response;
    }
}
