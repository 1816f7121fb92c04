using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

public sealed partial class ContactSyncClient
{
    /// <summary>Creates an API key (admin only); the secret is returned once.</summary>
    public async Task<NewApiKeyInfo> CreateApiKeyAsync(string name, ApiKeyRole role, string? crmUser, CancellationToken cancellationToken)
    {
        var request = new V1.CreateApiKeyRequest { Name = name ?? "", Role = (V1.ApiKeyRole)(int)role, CrmUserId = crmUser ?? "" };
        var response = await CallAsync(o => _grpc.CreateApiKeyAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        var key = ProtoMapper.ToInfo(response.Key);
        return new NewApiKeyInfo { Id = key.Id, Name = key.Name, Role = key.Role, CrmUser = key.CrmUser, Secret = response.Secret };
    }

    /// <summary>Revokes an API key (admin only).</summary>
    public async Task<ApiKeyInfo> RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var request = new V1.RevokeApiKeyRequest { KeyId = keyId ?? "" };
        var response = await CallAsync(o => _grpc.RevokeApiKeyAsync(request, o), ContactSyncErrorIds.ApiKeyNotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Key);
    }

    /// <summary>Lists API keys without their secrets (admin only).</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(bool includeRevoked, CancellationToken cancellationToken)
    {
        var request = new V1.ListApiKeysRequest { IncludeRevoked = includeRevoked };
        var response = await CallAsync(o => _grpc.ListApiKeysAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Keys.Select(ProtoMapper.ToInfo).ToArray();
    }
}
