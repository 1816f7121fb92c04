namespace ContactSync.Server.Hosting;

/// <summary>How <see cref="ContactSyncServerHost"/> starts an in-process server (tests, demos, benchmarks).</summary>
public sealed class ContactSyncServerOptions
{
    /// <summary>The folder of the SQLite database (created if missing). Required.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The bootstrap admin key (<c>csk_&lt;id&gt;_&lt;secret&gt;</c>); when <see langword="null"/> a fresh database gets a generated one, written to <see cref="BootstrapKeyOutput"/>.</summary>
    public string? BootstrapAdminKey { get; init; }

    /// <summary>The native gRPC (HTTP/2) port; 0 (default) picks a free port.</summary>
    public int GrpcPort { get; init; }

    /// <summary>The gRPC-Web (HTTP/1.1) port; 0 (default) picks a free port.</summary>
    public int GrpcWebPort { get; init; }

    /// <summary>Extra configuration key/values (e.g. <c>ContactSync:Server:Host</c>), applied last.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();

    /// <summary>The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>An extra logger provider (e.g. a test capture); console logging is off unless <see cref="ConsoleLogging"/>.</summary>
    public ILoggerProvider? LoggerProvider { get; init; }

    /// <summary>Whether to log to the console as well.</summary>
    public bool ConsoleLogging { get; init; }

    /// <summary>Changes to the server's services after they are registered (tests replace a service to hold it at a known point).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Where a generated bootstrap key is printed; standard output when <see langword="null"/>.</summary>
    public TextWriter? BootstrapKeyOutput { get; init; }
}
