using ContactSync.Storage.Connections;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Connections;

/// <summary>Maps connections between the proto contract and the server's records (secrets only inward).</summary>
internal static class ConnectionProtoMapper
{
    /// <summary>The Zoho input, not yet validated.</summary>
    public static (ZohoConnectionSettings Settings, ZohoConnectionSecrets Secrets) ToDomain(Proto.ZohoConnection zoho) =>
        (new ZohoConnectionSettings(zoho.DataCenter, zoho.AccountsUrl, zoho.ApiUrl, zoho.ClientId), new ZohoConnectionSecrets(zoho.ClientSecret, zoho.RefreshToken));

    /// <summary>The Google input, not yet validated (credential type from the oneof case).</summary>
    public static (GoogleConnectionSettings Settings, GoogleConnectionSecrets Secrets) ToDomain(Proto.GoogleConnection google)
    {
        var type = google.CredentialCase switch
        {
            Proto.GoogleConnection.CredentialOneofCase.ServiceAccountJson => GoogleCredentialTypes.ServiceAccount,
            Proto.GoogleConnection.CredentialOneofCase.RefreshToken => GoogleCredentialTypes.RefreshToken,
            _ => "",
        };
        return (new GoogleConnectionSettings(type, google.ImpersonatedUser, google.ClientId, google.TokenUrl, google.ApiUrl, "", "", [google.Account]),
            new GoogleConnectionSecrets(google.ServiceAccountJson, google.RefreshToken, google.ClientSecret));
    }

    /// <summary>The kind of a request; null when unspecified or unknown.</summary>
    public static StoredConnectionKind? ToDomain(Proto.ConnectionKind kind) => kind switch
    {
        Proto.ConnectionKind.Zoho => StoredConnectionKind.Zoho,
        Proto.ConnectionKind.Google => StoredConnectionKind.Google,
        _ => null,
    };

    /// <summary>The proto description (no secrets exist in it to map).</summary>
    public static Proto.ConnectionInfo ToProto(ConnectionDescription description)
    {
        var info = new Proto.ConnectionInfo
        {
            Kind = description.Kind == StoredConnectionKind.Zoho ? Proto.ConnectionKind.Zoho : Proto.ConnectionKind.Google,
            Configured = description.Configured,
            DataCenter = description.DataCenter,
            ApiUrl = description.ApiUrl,
            TokenUrl = description.TokenUrl,
            ClientId = description.ClientId,
            ImpersonatedUser = description.ImpersonatedUser,
            ServiceAccountEmail = description.ServiceAccountEmail,
            CredentialType = description.CredentialType,
        };
        info.Accounts.Add(description.Accounts);
        if (description.UpdatedUtc is { } updated)
        {
            info.UpdateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(updated, DateTimeKind.Utc));
        }

        return info;
    }

    /// <summary>The proto test result.</summary>
    public static Proto.TestConnectionResponse ToProto(ConnectionTestResult result) => new()
    {
        Ok = result.Ok,
        Message = result.Message,
        Account = result.Account,
        LatencyMs = (long)result.Latency.TotalMilliseconds,
    };
}
