using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

public sealed partial class ContactSyncClient
{
    /// <summary>Stores the Zoho CRM credentials (admin only).</summary>
    public Task<ConnectionInfoRecord> SetZohoConnectionAsync(ZohoConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        return SetConnectionAsync(new V1.SetConnectionRequest { Zoho = ProtoMapper.ToProto(settings) }, cancellationToken);
    }

    /// <summary>Stores the Google credentials (admin only).</summary>
    public Task<ConnectionInfoRecord> SetGoogleConnectionAsync(GoogleConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        return SetConnectionAsync(new V1.SetConnectionRequest { Google = ProtoMapper.ToProto(settings) }, cancellationToken);
    }

    /// <summary>Checks stored credentials against the live service.</summary>
    public Task<ConnectionTestInfo> TestConnectionAsync(ConnectionKind kind, CancellationToken cancellationToken) => TestConnectionAsync(kind, null, cancellationToken);

    /// <summary>Checks stored credentials against the live service; Google as <paramref name="googleAccount"/> (null = the default account).</summary>
    public async Task<ConnectionTestInfo> TestConnectionAsync(ConnectionKind kind, string? googleAccount, CancellationToken cancellationToken)
    {
        var request = new V1.TestConnectionRequest { Kind = (V1.ConnectionKind)(int)kind, GoogleAccount = googleAccount ?? "" };
        var response = await CallAsync(o => _grpc.TestConnectionAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return new ConnectionTestInfo
        {
            Kind = kind,
            Ok = response.Ok,
            Message = response.Message,
            Account = response.Account,
            Latency = TimeSpan.FromMilliseconds(response.LatencyMs),
        };
    }

    /// <summary>Describes the stored connections, without secrets.</summary>
    public async Task<IReadOnlyList<ConnectionInfoRecord>> GetConnectionsAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync(o => _grpc.GetConnectionsAsync(new V1.GetConnectionsRequest(), o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Connections.Select(ProtoMapper.ToInfo).ToArray();
    }

    private async Task<ConnectionInfoRecord> SetConnectionAsync(V1.SetConnectionRequest request, CancellationToken cancellationToken)
    {
        var response = await CallAsync(o => _grpc.SetConnectionAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Connection);
    }
}
