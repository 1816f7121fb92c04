using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Connections;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>The connection RPCs: SetConnection, GetConnections, TestConnection.</summary>
internal sealed partial class ContactSyncService
{
    public override async Task<Proto.SetConnectionResponse> SetConnection(Proto.SetConnectionRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        ConnectionDescription stored;
        switch (request.ConnectionCase)
        {
            case Proto.SetConnectionRequest.ConnectionOneofCase.Zoho:
                var (zohoSettings, zohoSecrets) = ConnectionProtoMapper.ToDomain(request.Zoho);
                stored = await connections.SetZohoAsync(caller, zohoSettings, zohoSecrets, context.CancellationToken);
                break;
            case Proto.SetConnectionRequest.ConnectionOneofCase.Google:
                var (googleSettings, googleSecrets) = ConnectionProtoMapper.ToDomain(request.Google);
                stored = await connections.SetGoogleAsync(caller, googleSettings, googleSecrets, context.CancellationToken);
                break;
            default:
                throw new ValidationFailedException("connection", "Give the zoho or the google connection.");
        }

        return new Proto.SetConnectionResponse { Connection = ConnectionProtoMapper.ToProto(stored) };
    }

    public override async Task<Proto.GetConnectionsResponse> GetConnections(Proto.GetConnectionsRequest request, ServerCallContext context)
    {
        var all = await connections.DescribeAsync(context.CancellationToken);
        var response = new Proto.GetConnectionsResponse();
        response.Connections.Add(all.Select(ConnectionProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.TestConnectionResponse> TestConnection(Proto.TestConnectionRequest request, ServerCallContext context)
    {
        var result = await connections.TestAsync(ConnectionProtoMapper.ToDomain(request.Kind), request.GoogleAccount, context.CancellationToken);
        return ConnectionProtoMapper.ToProto(result);
    }
}
