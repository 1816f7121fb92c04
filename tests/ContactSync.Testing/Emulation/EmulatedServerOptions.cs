using ContactSync.Emulators;
using ContactSync.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Testing.Emulation;

/// <summary>How <see cref="EmulatedServer"/> starts its emulators and server.</summary>
public sealed record EmulatedServerOptions
{
    /// <summary>The emulators' seed data and behaviour (always on a free port): 5 contacts on each side by default.</summary>
    public EmulatorOptions Emulator { get; init; } = new() { ZohoSeedContacts = 5, GoogleSeedContacts = 5 };

    /// <summary>Whether both connections are stored with SetConnection once the server runs.</summary>
    public bool Connect { get; init; } = true;

    /// <summary>The database folder; a new temp folder (removed on dispose) when <see langword="null"/>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The bootstrap admin key, also the key of <see cref="EmulatedServer.Admin"/>.</summary>
    public string AdminKey { get; init; } = TestServer.AdminKey;

    /// <summary>Extra server settings, applied last.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();

    /// <summary>The server's clock (the system clock when <see langword="null"/>).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Replaces server services after registration.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
