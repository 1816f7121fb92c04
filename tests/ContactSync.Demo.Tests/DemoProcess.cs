using System.Diagnostics;

namespace ContactSync.Demo.Tests;

/// <summary>The built demo (artifacts/bin/ContactSync.Demo/&lt;configuration&gt;) as a process with redirected output.</summary>
internal static class DemoProcess
{
    public static string Root { get; } = FindRoot();

    /// <summary>The demo dll beside this test project's output: artifacts/bin/ContactSync.Demo.Tests/release → ContactSync.Demo/release.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "ContactSync.Demo", configuration, "ContactSync.Demo.dll"));
        }
    }

    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs the demo to its end (generous deadline) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await output).Replace("\r\n", "\n", StringComparison.Ordinal), await errors);
    }

    /// <summary>The data folder the demo says it uses ("  in /tmp/contactsync-demo-…").</summary>
    public static string DataFolder(string output) =>
        output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("in ", StringComparison.Ordinal))[3..];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactSync.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContactSync.sln not found above " + AppContext.BaseDirectory);
    }
}
