using ContactSync.Core.Plans;
using ContactSync.Server.Connections;
using ContactSync.Server.Pickers;
using ContactSync.Server.Security;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>Connections and pickers RPCs: map, delegate to <see cref="ConnectionService"/> / <see cref="PickerService"/>, map back.</summary>
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
        var result = await connections.TestAsync(ConnectionProtoMapper.ToDomain(request.Kind), context.CancellationToken);
        return ConnectionProtoMapper.ToProto(result);
    }

    public override async Task<Proto.ListCrmViewsResponse> ListCrmViews(Proto.ListCrmViewsRequest request, ServerCallContext context)
    {
        var views = await pickers.ListCrmViewsAsync(context.GetCaller(), request.CrmUserId, context.CancellationToken);
        var response = new Proto.ListCrmViewsResponse();
        response.Views.Add(views.Select(PickerProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.ListGoogleGroupsResponse> ListGoogleGroups(Proto.ListGoogleGroupsRequest request, ServerCallContext context)
    {
        var groups = await pickers.ListGoogleGroupsAsync(context.CancellationToken);
        var response = new Proto.ListGoogleGroupsResponse();
        response.Groups.Add(groups.Select(PickerProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.ListFieldsResponse> ListFields(Proto.ListFieldsRequest request, ServerCallContext context)
    {
        var fields = await pickers.ListCrmFieldsAsync(context.CancellationToken);
        return new Proto.ListFieldsResponse { Catalog = PickerProtoMapper.ToCatalog(fields) };
    }
}
