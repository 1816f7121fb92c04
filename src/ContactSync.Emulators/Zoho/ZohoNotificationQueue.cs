using System.Text;
using System.Threading.Channels;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Background delivery of callbacks with its own <see cref="HttpClient"/>: the API call that caused a change never waits
/// for it. One worker sends in order; late copies, duplicates and retries are scheduled on the emulator's
/// <see cref="TimeProvider"/>. Every outcome goes to the delivery log (the newest <see cref="LogCapacity"/>).
/// </summary>
internal sealed class ZohoNotificationQueue : IAsyncDisposable
{
    private const int LogCapacity = 10_000;
    private readonly Channel<ZohoOutgoingNotification> _queue = Channel.CreateUnbounded<ZohoOutgoingNotification>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly object _sync = new();
    private readonly Queue<ZohoNotificationDelivery> _log = new();
    private readonly TimeProvider _time;
    private readonly ZohoWatchOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly Task _worker;
    private ZohoNotificationFaults _faults = ZohoNotificationFaults.None;
    private Random _random = new(0);
    private int _pending;

    public ZohoNotificationQueue(TimeProvider time, ZohoWatchOptions options, ILogger logger)
    {
        _time = time;
        _options = options;
        _logger = logger;
        Faults = options.Faults;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = options.DeliveryTimeout };
        _worker = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Cancelled when the emulator stops.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>Notifications accepted and not yet at a final outcome (queued, held back, being sent or waiting to retry).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>The faults in force; setting them restarts the random sequence from their seed.</summary>
    public ZohoNotificationFaults Faults
    {
        get
        {
            lock (_sync)
            {
                return _faults;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            value.Validate();
            lock (_sync)
            {
                _faults = value;
                _random = new Random(value.Seed);
            }
        }
    }

    /// <summary>The delivery log, oldest first.</summary>
    public IReadOnlyList<ZohoNotificationDelivery> Log
    {
        get
        {
            lock (_sync)
            {
                return _log.ToList();
            }
        }
    }

    public void ClearLog()
    {
        lock (_sync)
        {
            _log.Clear();
        }
    }

    /// <summary>Accepts a callback: decides its faults (drop, late, duplicate) and schedules it. Never blocks.</summary>
    public void Submit(ZohoOutgoingNotification notification)
    {
        TimeSpan delay;
        bool duplicate;
        lock (_sync)
        {
            // Three draws per notification, always, so one probability never shifts the others' decisions.
            var drop = _random.NextDouble() < _faults.DropProbability;
            var late = _random.NextDouble() < _faults.LateProbability;
            duplicate = _random.NextDouble() < _faults.DuplicateProbability;
            if (drop)
            {
                Record(notification, ZohoDeliveryOutcome.Dropped, null);
                EmulatorLog.NotificationDropped(_logger, notification.Operation, notification.ChannelId, notification.Ids.Count);
                return;
            }

            delay = late ? _faults.LateDelay : TimeSpan.Zero;
            notification = notification with { Late = late };
        }

        Schedule(notification, delay);
        if (duplicate)
        {
            Schedule(notification with { Duplicate = true }, delay);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _queue.Writer.TryComplete();
        await _worker.ConfigureAwait(false);
        _http.Dispose();
        _stop.Dispose();
    }

    private void Schedule(ZohoOutgoingNotification notification, TimeSpan delay)
    {
        Interlocked.Increment(ref _pending);
        if (delay <= TimeSpan.Zero)
        {
            Enqueue(notification);
        }
        else
        {
            _ = EnqueueLaterAsync(notification, delay);
        }
    }

    private async Task EnqueueLaterAsync(ZohoOutgoingNotification notification, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _pending);
            return;
        }

        Enqueue(notification);
    }

    private void Enqueue(ZohoOutgoingNotification notification)
    {
        if (!_queue.Writer.TryWrite(notification))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var (outcome, status) = await SendAsync(notification, cancellationToken).ConfigureAwait(false);

                // The retry's timer is armed before the delivery is logged: whoever sees the entry may move the clock on.
                if (outcome != ZohoDeliveryOutcome.Delivered && notification.Attempt <= _options.Retries)
                {
                    Schedule(notification with { Attempt = notification.Attempt + 1 }, _options.RetryDelay);
                }

                lock (_sync)
                {
                    Record(notification, outcome, status);
                }

                EmulatorLog.NotificationSent(_logger, notification.Operation, notification.ChannelId, notification.Ids.Count, notification.Attempt, outcome, status);

                Interlocked.Decrement(ref _pending);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The emulator is stopping: what is still queued is not sent.
        }
    }

    private async Task<(ZohoDeliveryOutcome Outcome, int? Status)> SendAsync(ZohoOutgoingNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(notification.Body, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync(notification.Url, content, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return (status is >= 200 and < 300 ? ZohoDeliveryOutcome.Delivered : ZohoDeliveryOutcome.Rejected, status);
        }
        catch (HttpRequestException)
        {
            return (ZohoDeliveryOutcome.Failed, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (ZohoDeliveryOutcome.Failed, null);
        }
    }

    private void Record(ZohoOutgoingNotification n, ZohoDeliveryOutcome outcome, int? status)
    {
        if (_log.Count == LogCapacity)
        {
            _log.Dequeue();
        }

        _log.Enqueue(new ZohoNotificationDelivery(n.ChannelId, n.Operation, n.Ids, n.Body, outcome, status, n.Attempt, n.Late, n.Duplicate, _time.GetUtcNow()));
    }
}
