using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ContactSync.Demo.Tests;

/// <summary>
/// The try-it command (the demo with --keep-running): the line it prints is pasted into a shell as printed, PowerShell
/// connects with it and sees the demo's plan; SIGTERM then stops the demo, the server and the emulators cleanly.
/// </summary>
public sealed class TryItTests
{
    private const int SigTerm = 15;

    [Fact]
    public async Task KeepRunning_PrintedLineConnectsPowerShell_ThenSigTermStopsEverythingAndRemovesTheFolder()
    {
        Assert.False(OperatingSystem.IsWindows(), "This test sends a POSIX SIGTERM.");
        await RestoreToolsAsync();
        using var demo = DemoProcess.Start("--keep-running", "--zoho-contacts=20", "--google-contacts=10", "--overlap=5");
        var stderr = demo.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            var lines = new List<string>();
            string? shellLine = null;
            while (shellLine is null)
            {
                var line = await demo.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The demo ended early:\n" + string.Join("\n", lines) + await stderr);
                lines.Add(line);
                shellLine = line.StartsWith("dotnet pwsh -NoExit -Command ", StringComparison.Ordinal) ? line : null;
            }

            var server = new Uri(lines.Select(l => l.Trim()).First(l => l.StartsWith("native gRPC on ", StringComparison.Ordinal)).Split(' ')[3].TrimEnd(','));
            var pasted = await PasteIntoShellAsync(shellLine, "Get-ContactSyncStatus | ForEach-Object { \"PLAN $($_.PlanName) LINKED $($_.LinkedContacts)\" }");
            Assert.True(pasted.ExitCode == 0, pasted.Output);
            Assert.Contains("PLAN Demo: sales team LINKED 25", pasted.Output);

            Assert.Equal(0, Kill(demo.Id, SigTerm));
            var rest = await demo.StandardOutput.ReadToEndAsync(timeout.Token);
            await demo.WaitForExitAsync(timeout.Token);

            Assert.True(demo.ExitCode == 0, $"exit {demo.ExitCode}: {rest}{await stderr}");
            Assert.Contains("Stopping the server and the emulators", rest);
            Assert.False(Directory.Exists(DemoProcess.DataFolder(string.Join("\n", lines))), "the temporary data folder is removed");
            Assert.False(await AcceptsAsync(server), "the server no longer listens");
        }
        finally
        {
            if (!demo.HasExited)
            {
                demo.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Runs the printed line in bash as printed, typing the commands into the PowerShell it opens.</summary>
    private static async Task<(int ExitCode, string Output)> PasteIntoShellAsync(string line, string command)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = DemoProcess.Root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        using var shell = Process.Start(start)!;
        var output = shell.StandardOutput.ReadToEndAsync();
        var errors = shell.StandardError.ReadToEndAsync();
        await shell.StandardInput.WriteLineAsync(command);
        await shell.StandardInput.WriteLineAsync("exit");
        shell.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await shell.WaitForExitAsync(timeout.Token);
        return (shell.ExitCode, await output + await errors);
    }

    private static async Task<bool> AcceptsAsync(Uri address)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task RestoreToolsAsync()
    {
        using var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore") { WorkingDirectory = DemoProcess.Root, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await restore.WaitForExitAsync();
        Assert.True(restore.ExitCode == 0, await restore.StandardError.ReadToEndAsync());
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
