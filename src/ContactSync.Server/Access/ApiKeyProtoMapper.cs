using ContactSync.Storage.ApiKeys;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Access;

/// <summary>Maps API keys between the proto contract and storage records (never a secret).</summary>
internal static class ApiKeyProtoMapper
{
    public static Proto.ApiKey ToProto(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var proto = new Proto.ApiKey
        {
            Id = key.Id,
            Name = key.Name,
            Role = key.Role == ApiKeyRole.Admin ? Proto.ApiKeyRole.Admin : Proto.ApiKeyRole.User,
            CrmUserId = key.CrmUserId,
            CreateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(key.CreatedUtc, DateTimeKind.Utc)),
        };
        if (key.RevokedUtc is { } revoked)
        {
            proto.RevokeTime = Timestamp.FromDateTime(DateTime.SpecifyKind(revoked, DateTimeKind.Utc));
        }

        return proto;
    }

    public static ApiKeyRole? ToRole(Proto.ApiKeyRole role) => role switch
    {
        Proto.ApiKeyRole.Admin => ApiKeyRole.Admin,
        Proto.ApiKeyRole.User => ApiKeyRole.User,
        _ => null,
    };
}
