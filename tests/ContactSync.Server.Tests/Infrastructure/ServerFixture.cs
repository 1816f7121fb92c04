namespace ContactSync.Server.Tests.Infrastructure;

/// <summary>One server shared by the tests of a class (tests use unique plan names).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private TestServer? server;

    public TestServer Server => server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => server = await TestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
