using ContactSync.Demo;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await new DemoRunner(DemoOptions.Parse(args), Console.Out).RunAsync(stop.Token);
