using System.Diagnostics;

namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>Debian's Chromium: installed by .ci/install-chromium.sh when missing (as root), never downloaded by Playwright.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Chromium flags that keep it off the network (no background DNS or service connections).</summary>
    public static readonly string[] Args =
    [
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu", "--disable-quic",
    ];

    public static void EnsureInstalled()
    {
        if (File.Exists(Path))
        {
            return;
        }

        var script = System.IO.Path.Combine(RepoPaths.Root, ".ci", "install-chromium.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path))
        {
            throw new InvalidOperationException($"Chromium could not be installed ({script}, exit {process.ExitCode}): {error} {output.GetAwaiter().GetResult()}");
        }
    }
}
