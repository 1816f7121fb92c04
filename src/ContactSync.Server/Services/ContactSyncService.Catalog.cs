using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>The picker RPCs: ListCrmViews, ListGoogleGroups, ListFields, ListCrmUsers.</summary>
internal sealed partial class ContactSyncService
{
    public override async Task<Proto.ListCrmViewsResponse> ListCrmViews(Proto.ListCrmViewsRequest request, ServerCallContext context)
    {
        var views = await pickers.ListCrmViewsAsync(context.GetCaller(), request.CrmUserId, context.CancellationToken);
        var response = new Proto.ListCrmViewsResponse();
        response.Views.Add(views.Select(CatalogProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.ListGoogleGroupsResponse> ListGoogleGroups(Proto.ListGoogleGroupsRequest request, ServerCallContext context)
    {
        var groups = await pickers.ListGoogleGroupsAsync(context.GetCaller(), request.GoogleAccount, context.CancellationToken);
        var response = new Proto.ListGoogleGroupsResponse();
        response.Groups.Add(groups.Select(CatalogProtoMapper.ToProto));
        return response;
    }

    public override async Task<Proto.ListFieldsResponse> ListFields(Proto.ListFieldsRequest request, ServerCallContext context)
    {
        var fields = await pickers.ListCrmFieldsAsync(context.CancellationToken);
        return new Proto.ListFieldsResponse { Catalog = CatalogProtoMapper.ToCatalog(fields) };
    }

    public override async Task<Proto.ListCrmUsersResponse> ListCrmUsers(Proto.ListCrmUsersRequest request, ServerCallContext context)
    {
        var users = await pickers.ListCrmUsersAsync(context.GetCaller(), request.Role, request.Profile, request.Name, context.CancellationToken);
        var response = new Proto.ListCrmUsersResponse();
        response.Users.Add(users.Select(CatalogProtoMapper.ToProto));
        return response;
    }
}
