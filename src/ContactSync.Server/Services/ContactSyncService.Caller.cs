using ContactSync.Server.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>GetCaller: the identity the server authenticated (the web page shows it and hides what the caller may not use).</summary>
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
}
