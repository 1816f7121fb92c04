using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

public sealed partial class ContactSyncClient
{
    /// <summary>The CRM custom views of the Contacts module a CRM user can use ("" = the connection's user).</summary>
    public async Task<IReadOnlyList<CrmViewInfo>> ListCrmViewsAsync(string? crmUser, CancellationToken cancellationToken)
    {
        var request = new V1.ListCrmViewsRequest { CrmUserId = crmUser ?? "" };
        var response = await CallAsync(o => _grpc.ListCrmViewsAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Views.Select(ProtoMapper.ToInfo).ToArray();
    }

    /// <summary>The contact groups of the default Google account (a user key: its CRM user's own account).</summary>
    public Task<IReadOnlyList<GoogleGroupInfo>> ListGoogleGroupsAsync(CancellationToken cancellationToken) => ListGoogleGroupsAsync(null, cancellationToken);

    /// <summary>The contact groups users made in a Google account ("" or null = the default account).</summary>
    public async Task<IReadOnlyList<GoogleGroupInfo>> ListGoogleGroupsAsync(string? googleAccount, CancellationToken cancellationToken)
    {
        var request = new V1.ListGoogleGroupsRequest { GoogleAccount = googleAccount ?? "" };
        var response = await CallAsync(o => _grpc.ListGoogleGroupsAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Groups.Select(ProtoMapper.ToInfo).ToArray();
    }

    /// <summary>The CRM users (email, role, profile, status); optional filters: role and profile (name or id), text in the name or email.</summary>
    public async Task<IReadOnlyList<CrmUserInfo>> ListCrmUsersAsync(string? role, string? profile, string? name, CancellationToken cancellationToken)
    {
        var request = new V1.ListCrmUsersRequest { Role = role ?? "", Profile = profile ?? "", Name = name ?? "" };
        var response = await CallAsync(o => _grpc.ListCrmUsersAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Users.Select(RollOutMapper.ToInfo).ToArray();
    }

    /// <summary>The catalogue of mappable fields on both sides and the default map.</summary>
    public async Task<FieldCatalogInfo> GetFieldCatalogAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync(o => _grpc.ListFieldsAsync(new V1.ListFieldsRequest(), o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Catalog);
    }
}
