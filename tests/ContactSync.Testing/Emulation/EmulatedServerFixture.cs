using ContactSync.Testing.Hosting;

namespace ContactSync.Testing.Emulation;

/// <summary>One connected <see cref="EmulatedServer"/> shared by the tests of a class (tests that change connections start their own).</summary>
public sealed class EmulatedServerFixture : AsyncFixture<EmulatedServer>
{
    /// <summary>The running emulators and server.</summary>
    public EmulatedServer Connected => Value;

    /// <inheritdoc />
    protected override Task<EmulatedServer> StartAsync() => EmulatedServer.StartAsync();
}
