using System.Diagnostics;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>Runs scripts in the real PowerShell 7 of the repository's tool manifest (dotnet pwsh).</summary>
internal static class Pwsh
{
    private static readonly SemaphoreSlim ToolRestore = new(1, 1);
    private static bool _restored;

    public static async Task<PwshResult> RunFileAsync(
        string scriptPath,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken = default,
        params string[] arguments)
    {
        Assert.True(File.Exists(RepositoryPaths.ModuleManifest), "The module is not assembled: " + RepositoryPaths.ModuleManifest);
        await EnsureToolsAsync(cancellationToken);
        using var process = Start(scriptPath, environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pwsh {Path.GetFileName(scriptPath)} did not finish in {timeout}.\n{await stdout}\n{await stderr}");
        }

        return new PwshResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a script in pwsh with redirected output (call <see cref="EnsureToolsAsync"/> first).</summary>
    public static Process Start(string scriptPath, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-File", scriptPath }.Concat(arguments))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CONTACTSYNC_MODULE"] = RepositoryPaths.ModuleManifest;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static async Task EnsureToolsAsync(CancellationToken cancellationToken)
    {
        await ToolRestore.WaitAsync(cancellationToken);
        try
        {
            if (_restored)
            {
                return;
            }

            var start = new ProcessStartInfo("dotnet", "tool restore")
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(cancellationToken);
            Assert.True(process.ExitCode == 0, "dotnet tool restore failed: " + await process.StandardError.ReadToEndAsync(cancellationToken));
            _restored = true;
        }
        finally
        {
            ToolRestore.Release();
        }
    }
}
