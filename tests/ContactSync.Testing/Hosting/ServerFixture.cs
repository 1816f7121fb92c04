namespace ContactSync.Testing.Hosting;

/// <summary>One <see cref="TestServer"/> shared by the tests of a class or collection (tests use unique plan names).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private TestServer? server;

    /// <summary>The running server.</summary>
    public TestServer Server => server ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => server = await TestServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
