namespace ContactSync.Testing.Hosting;

/// <summary>A class or collection fixture that starts one <typeparamref name="T"/> before the tests and disposes it after them.</summary>
public abstract class AsyncFixture<T> : IAsyncLifetime
    where T : class, IAsyncDisposable
{
    private T? _value;

    /// <summary>The started value.</summary>
    protected T Value => _value ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _value = await StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_value is not null)
        {
            await _value.DisposeAsync();
        }
    }

    /// <summary>Starts the value.</summary>
    protected abstract Task<T> StartAsync();
}
