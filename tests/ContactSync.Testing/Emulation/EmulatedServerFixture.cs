namespace ContactSync.Testing.Emulation;

/// <summary>One connected <see cref="EmulatedServer"/> shared by the tests of a class (tests that change connections start their own).</summary>
public sealed class EmulatedServerFixture : IAsyncLifetime
{
    private EmulatedServer? server;

    /// <summary>The running emulators and server.</summary>
    public EmulatedServer Connected => server ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => server = await EmulatedServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
