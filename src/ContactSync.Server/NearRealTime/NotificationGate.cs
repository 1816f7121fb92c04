using Microsoft.Extensions.Options;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Bounds what forged callbacks can cost: an address whose callbacks were refused (unknown channel, wrong token, a body that
/// is not a callback) <see cref="NearRealTimeSettings.RefusalsPerMinute"/> times in the current minute gets 429 for the rest
/// of it before its body is read, the database asked or anything logged but one line per address and minute. Genuine
/// callbacks are never refused, so Zoho's addresses are not throttled by someone else's flood. At most
/// <see cref="MaxAddresses"/> addresses are told apart per minute; beyond them all share one count (memory stays bounded).
/// </summary>
internal sealed class NotificationGate(TimeProvider time, IOptions<NearRealTimeSettings> settings, ILogger<NotificationGate> logger)
{
    /// <summary>The addresses counted apart per minute.</summary>
    public const int MaxAddresses = 10_000;

    private const string Shared = "*";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Count> _counts = new(StringComparer.Ordinal);
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;

    /// <summary>Whether callbacks from <paramref name="remote"/> are answered 429 at once; the time until that ends.</summary>
    public TimeSpan? Throttled(string remote)
    {
        lock (_lock)
        {
            var now = Roll();
            if (!_counts.TryGetValue(Key(remote), out var count) || count.Refused < settings.Value.RefusalsPerMinute)
            {
                return null;
            }

            if (count.Throttled++ == 0)
            {
                NearRealTimeLog.NotificationsThrottled(logger, remote, count.Refused, _windowEnd.UtcDateTime);
            }

            return _windowEnd - now;
        }
    }

    /// <summary>Counts a refused callback of <paramref name="remote"/>; returns whether it is to be logged (the first ones of the minute).</summary>
    public bool Refused(string remote)
    {
        lock (_lock)
        {
            Roll();
            var key = Key(remote);
            if (!_counts.TryGetValue(key, out var count))
            {
                _counts[key] = count = new Count();
            }

            return ++count.Refused <= settings.Value.RefusalsPerMinute;
        }
    }

    private DateTimeOffset Roll()
    {
        var now = time.GetUtcNow();
        if (now >= _windowEnd)
        {
            _counts.Clear();
            _windowEnd = now + Window;
        }

        return now;
    }

    private string Key(string remote) => _counts.ContainsKey(remote) || _counts.Count < MaxAddresses ? remote : Shared;

    private sealed class Count
    {
        public int Refused { get; set; }

        public int Throttled { get; set; }
    }
}
