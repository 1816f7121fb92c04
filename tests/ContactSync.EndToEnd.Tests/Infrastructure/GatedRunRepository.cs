using System.Reflection;
using ContactSync.Storage.Runs;

namespace ContactSync.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An <see cref="IRunRepository"/> of one server that, while armed, holds its next <c>ConsecutiveFailuresAsync</c> call
/// (the scheduler's due check, after it read the last run) until the test opens the gate: the test then knows the
/// scheduler decided on old data, and lets another replica act in between.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "DispatchProxy.Create needs a proxy type that is not sealed.")]
internal class GatedRunRepository : DispatchProxy
{
    private IRunRepository _inner = null!;
    private TaskCompletionSource? _gate;
    private TaskCompletionSource? _reached;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public static (IRunRepository Repository, GatedRunRepository Gate) Wrap(IRunRepository inner)
    {
        var proxy = Create<IRunRepository, GatedRunRepository>();
        var gate = (GatedRunRepository)(object)proxy;
        gate._inner = inner;
        return (proxy, gate);
    }

    /// <summary>Holds the next due check; the task completes once a check is held.</summary>
    public Task ArmAsync()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _reached.Task;
    }

    /// <summary>Lets the held check go on.</summary>
    public void Open() => _gate?.TrySetResult();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IRunRepository.ConsecutiveFailuresAsync) && Interlocked.Exchange(ref _reached, null) is { } reached)
        {
            var gate = _gate!.Task;
            return HoldAsync(reached, gate, targetMethod, args);
        }

        return targetMethod.Invoke(_inner, args);
    }

    private async Task<int> HoldAsync(TaskCompletionSource reached, Task gate, MethodInfo method, object?[]? args)
    {
        reached.TrySetResult();
        await gate;
        return await (Task<int>)method.Invoke(_inner, args)!;
    }
}
