namespace ContactSync.Testing.Time;

/// <summary>Waits for a state by polling with a generous deadline (never sleep-then-assert).</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(5, deadline.Token);
        }
    }
}
