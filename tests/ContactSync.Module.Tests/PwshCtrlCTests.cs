using System.Diagnostics;
using System.Runtime.InteropServices;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>A real Ctrl+C (SIGINT) to the real pwsh while Start-ContactSync -CancelOnStop follows a run.</summary>
public sealed class PwshCtrlCTests(FakeRunServer fake) : IClassFixture<FakeRunServer>
{
    private const int SigInt = 2;

    [Fact]
    public async Task CtrlC_WhileFollowingARunWithCancelOnStop_StopsPwshAndCancelsTheRun()
    {
        Assert.False(OperatingSystem.IsWindows(), "This test sends a POSIX SIGINT.");
        await Pwsh.EnsureToolsAsync(CancellationToken.None);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepositoryPaths.Scripts, "CtrlC.ps1") },
            Environment = { ["CONTACTSYNC_MODULE"] = RepositoryPaths.ModuleManifest, ["CONTACTSYNC_SERVER"] = fake.Address.ToString(), ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var ready = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.StartsWith("READY ", ready);
            var pwshPid = int.Parse(ready!["READY ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            while (fake.State.RunSyncCalls.IsEmpty || !fake.State.SlowRunActive)
            {
                await Task.Delay(50, timeout.Token);
            }

            await Task.Delay(300, timeout.Token); // a few progress events
            Assert.Equal(0, Kill(pwshPid, SigInt));
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.DoesNotContain("NOT STOPPED", rest);
            Assert.Equal(new[] { "run-slow" }, fake.State.CancelRunCalls.ToArray());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
