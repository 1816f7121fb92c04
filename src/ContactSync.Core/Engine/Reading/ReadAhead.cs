using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Reads pages of a source ahead of the consumer on another task, so the next page is fetched while the current one is
/// matched and written (the two APIs' latencies overlap). At most <c>capacity</c> pages wait in memory.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> PagesAsync<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(source, channel.Writer, stop.Token);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var page))
                {
                    yield return page;
                }
            }

            // Surfaces the producer's exception (a failed read) to the consumer.
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (Exception)
            {
                // Already surfaced above, or the consumer stopped early and cancelled the read.
            }
        }
    }

    private static async Task ProduceAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var page in source.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(page, cancellationToken);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }
}
