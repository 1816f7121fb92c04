using System.Runtime.InteropServices;
using ContactSync.Demo;

DemoOptions options;
try
{
    options = DemoOptions.Parse(args, interactive: !Console.IsOutputRedirected && !Console.IsInputRedirected);
}
catch (DemoUsageException ex)
{
    Console.Error.WriteLine($"ContactSync.Demo: {ex.Message} (--help lists the options)");
    return 2;
}

if (options.Help)
{
    Console.WriteLine(DemoOptions.Usage);
    return 0;
}

// Ctrl+C, SIGTERM and SIGQUIT stop the demo: the server and the emulators are disposed, the temporary folder removed.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var sigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var sigQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

var runner = new DemoRunner(options, Console.Out, interactive: !Console.IsOutputRedirected);
try
{
    return await runner.RunAsync(stop.Token);
}
catch (Exception ex) when (stop.IsCancellationRequested && !runner.Waiting)
{
    // Also a failed call: the server may already be shutting down on the same signal.
    Console.Out.WriteLine();
    Console.Out.WriteLine($"Stopped before the demo finished ({ex.GetType().Name}).");
    return 130;
}
catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"ContactSync.Demo: {ex.Message} Choose other ports (--grpc-port, --grpc-web-port; 0 picks free ones).");
    return 2;
}
finally
{
    if (options.TemporaryData)
    {
        await DemoCleanup.RemoveFolderAsync(options.DataDirectory);
    }
}
