using System.Threading.Channels;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Runs;

/// <summary>
/// Fans one run's events out to any number of streams. Each subscriber gets its own bounded channel (older progress is
/// dropped for a slow reader, the final result never is) and is read by exactly one writer loop.
/// </summary>
internal sealed class RunBroadcaster
{
    private readonly Lock _gate = new();
    private readonly List<Channel<Proto.RunEvent>> _subscribers = [];
    private Proto.RunEvent? _latest;
    private Proto.RunEvent? _final;

    public Proto.RunEvent? Final
    {
        get
        {
            lock (_gate)
            {
                return _final;
            }
        }
    }

    public ChannelReader<Proto.RunEvent> Subscribe()
    {
        var channel = Channel.CreateBounded<Proto.RunEvent>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
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

    public void Unsubscribe(ChannelReader<Proto.RunEvent> reader)
    {
        lock (_gate)
        {
            _subscribers.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(Proto.RunEvent progress)
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

    public void Complete(Proto.RunEvent result)
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
