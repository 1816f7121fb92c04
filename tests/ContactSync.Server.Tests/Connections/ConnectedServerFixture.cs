namespace ContactSync.Server.Tests.Connections;

/// <summary>One connected server shared by the tests of a class (tests that change connections start their own).</summary>
public sealed class ConnectedServerFixture : IAsyncLifetime
{
    private ConnectedServer? server;

    public ConnectedServer Connected => server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => server = await ConnectedServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
