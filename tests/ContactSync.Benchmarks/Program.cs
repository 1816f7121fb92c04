using ContactSync.Benchmarks.Running;

// ContactSync benchmark (issue 7): starts the emulators and the server as separate processes on loopback, drives
// them through the gRPC API and writes artifacts/bench/results.json and results.md. See README "Performance".
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await BenchmarkApp.RunAsync(args, stop.Token);
