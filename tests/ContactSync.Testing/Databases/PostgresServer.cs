using System.Diagnostics;

namespace ContactSync.Testing.Databases;

/// <summary>
/// The one real PostgreSQL of a test process: a throw-away cluster in a temp folder, installed (Debian's
/// <c>postgresql</c>, when missing) and started by the repository's <c>.ci/postgres.sh</c> on first use, stopped and removed
/// when the process exits: by the script's detached watcher of this process (which also covers a test host killed or ended
/// without running <see cref="AppDomain.ProcessExit"/>), and by a ProcessExit handler when it does run. Every caller gets a database of its own (<see cref="NewConnectionString"/>; the server creates it).
/// When PostgreSQL cannot be installed or started, every test that asks for it fails with the script's message — never skipped.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(Environment.ProcessId), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(10);

    private PostgresServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    /// <summary>The cluster's folder (data, socket, server log).</summary>
    public string Folder { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The server log file (for failure messages).</summary>
    public string LogFile => Path.Combine(Folder, "server.log");

    /// <summary>The shared cluster, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A connection string to a new database name no other caller uses (created by the first server that migrates it).</summary>
    /// <param name="prefix">The start of the database name (letters, digits, underscores).</param>
    public string NewConnectionString(string prefix = "cs") => ConnectionString($"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)]);

    /// <summary>The connection string of <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=60;Command Timeout=120;Maximum Pool Size=40";

    /// <summary>Stops the cluster (<c>pg_ctl -m fast</c>) and starts it again on the same folder and port; data is kept.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken) =>
        await RunScriptAsync(["restart", Folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);

    /// <summary>Stops the cluster (<c>pg_ctl -m fast</c>) and keeps it down until <see cref="ResumeAsync"/>.</summary>
    public async Task HaltAsync(CancellationToken cancellationToken) => await RunScriptAsync(["halt", Folder], cancellationToken);

    /// <summary>Starts a cluster stopped by <see cref="HaltAsync"/> again on the same port.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken) =>
        await RunScriptAsync(["resume", Folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);

    /// <summary>
    /// A cluster of the caller's own (for a test that restarts or stops it without disturbing the others); stop it with
    /// <see cref="StopAsync"/> (it is also stopped when the process exits).
    /// </summary>
    public static Task<PostgresServer> StartOwnAsync() => StartAsync(Environment.ProcessId);

    /// <summary>
    /// A cluster stopped and removed by the script's watcher once process <paramref name="ownerProcessId"/> ends (this
    /// process also stops it when it exits first).
    /// </summary>
    /// <param name="ownerProcessId">The process whose end stops the cluster.</param>
    public static Task<PostgresServer> StartOwnedByAsync(int ownerProcessId) => StartAsync(ownerProcessId);

    /// <summary>Stops a cluster of <see cref="StartOwnAsync"/> and removes its folder.</summary>
    public async Task StopAsync() => await RunScriptAsync(["stop", Folder], CancellationToken.None);

    private static async Task<PostgresServer> StartAsync(int ownerProcessId)
    {
        var folder = Path.Combine("/tmp", "cs-pg-" + Guid.NewGuid().ToString("N")[..12]);
        using var deadline = new CancellationTokenSource(StartDeadline);
        var output = await RunScriptAsync(["start", folder, ownerProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)], deadline.Token);
        if (!int.TryParse(output.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            throw new InvalidOperationException($"PostgreSQL for the tests: .ci/postgres.sh start printed '{output.Trim()}' instead of a port.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(folder);
        return new PostgresServer(folder, port);
    }

    private static void Stop(string folder)
    {
        using var process = Process.Start(StartInfo(["stop", folder]));
        process?.WaitForExit(TimeSpan.FromSeconds(60));
    }

    private static async Task<string> RunScriptAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(arguments)) ?? throw new InvalidOperationException("PostgreSQL for the tests: bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"PostgreSQL for the tests could not be {arguments[0]}ed by .ci/postgres.sh (exit {process.ExitCode}); the PostgreSQL tests need it " +
                $"(Debian's postgresql package, installed by the script as root):{Environment.NewLine}{await stderr}");
        }

        return await stdout;
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), ".ci", "postgres.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".ci", "postgres.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"PostgreSQL for the tests: no .ci/postgres.sh above {AppContext.BaseDirectory}.");
    }
}
