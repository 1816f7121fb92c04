namespace ContactSync.Testing.Hosting;

/// <summary>One <see cref="TestServer"/> shared by the tests of a class or collection (tests use unique plan names).</summary>
public sealed class ServerFixture : AsyncFixture<TestServer>
{
    /// <summary>The running server.</summary>
    public TestServer Server => Value;

    /// <inheritdoc />
    protected override Task<TestServer> StartAsync() => TestServer.StartAsync();
}
