using System.Threading.Channels;

namespace ContactSync.Server.Runs.Events;

/// <summary>
/// Fans one run's events out to any number of streams. Each subscriber gets its own bounded channel (older progress is
/// dropped for a slow reader, the final result never is) and is read by exactly one writer loop.
/// </summary>
internal sealed class RunBroadcaster
{
    private readonly Lock _gate = new();
    private readonly List<Channel<RunEvent>> _subscribers = [];
    private RunEvent? _latest;
    private RunResultEvent? _final;

    public RunResultEvent? Final
    {
        get
        {
            lock (_gate)
            {
                return _final;
            }
        }
    }

    public ChannelReader<RunEvent> Subscribe()
    {
        var channel = Channel.CreateBounded<RunEvent>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            if (_final is not null)
            {
                channel.Writer.TryWrite(_final);
                channel.Writer.TryComplete();
                return channel.Reader;
            }

            if (_latest is not null)
            {
                channel.Writer.TryWrite(_latest);
            }

            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<RunEvent> reader)
    {
        lock (_gate)
        {
            _subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(RunProgressEvent progress)
    {
        lock (_gate)
        {
            if (_final is not null)
            {
                return;
            }

            _latest = progress;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(progress);
            }
        }
    }

    public void Complete(RunResultEvent result)
    {
        lock (_gate)
        {
            _final = result;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(result);
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }
}
