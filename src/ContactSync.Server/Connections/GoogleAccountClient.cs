using ContactSync.Google;

namespace ContactSync.Server.Connections;

/// <summary>A Google People client acting for one account (disposing it disposes the client).</summary>
/// <param name="Account">The account it acts for ("" for the unnamed default refresh token).</param>
/// <param name="Client">The client.</param>
internal sealed record GoogleAccountClient(string Account, GoogleContactsClient Client) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
