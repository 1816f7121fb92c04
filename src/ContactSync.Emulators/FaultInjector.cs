namespace ContactSync.Emulators;

/// <summary>Switchable faults applied to API calls (never to token endpoints or the /_emulator control surface).</summary>
public sealed class FaultInjector
{
    private readonly object _sync = new();
    private readonly List<Entry> _rules = [];
    private readonly Random _random;

    internal FaultInjector(int seed) => _random = new Random(seed);

    /// <summary>Adds a rule; rules are checked in the order they were added.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_sync)
        {
            _rules.Add(new Entry(rule) { Remaining = rule.Count });
        }
    }

    /// <summary>Next <paramref name="count"/> calls to <paramref name="service"/> get 429 with Retry-After.</summary>
    public void TooManyRequests(string service, int count, int retryAfterSeconds = 1) =>
        Add(new FaultRule(service, FaultKind.TooManyRequests, count, RetryAfterSeconds: retryAfterSeconds));

    /// <summary>Removes all rules.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    /// <summary>The active rules.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_sync)
            {
                return _rules.Select(e => e.Rule with { Count = e.Remaining }).ToList();
            }
        }
    }

    /// <summary>Next <paramref name="count"/> writes to one endpoint (e.g. "POST /v1/people:batchCreateContacts") are applied, then fail.</summary>
    public void AppliedThenFail(string service, string endpoint, FaultKind kind, int count = 1)
    {
        var rule = new FaultRule(service, kind, count, Endpoint: endpoint);
        if (!rule.AppliesThenFails)
        {
            throw new ArgumentException($"{kind} is not an 'applied, then fail' kind.", nameof(kind));
        }

        Add(rule);
    }

    /// <summary>
    /// Picks the faults for one call: at most one latency rule plus at most one terminal fault. <paramref name="endpoint"/>
    /// is the call-log key without the service ("POST /v1/people:batchCreateContacts"); "applied, then fail" rules skip
    /// calls that write nothing (<paramref name="isWrite"/> false) without using up their count.
    /// </summary>
    internal (int LatencyMs, FaultRule? Terminal) Decide(string service, string endpoint, bool isWrite)
    {
        lock (_sync)
        {
            var latency = 0;
            FaultRule? terminal = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var e = _rules[i];
                if (e.Rule.Service != "all" && !string.Equals(e.Rule.Service, service, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if ((e.Rule.Endpoint is { } only && !string.Equals(only, endpoint, StringComparison.Ordinal)) || (e.Rule.AppliesThenFails && !isWrite))
                {
                    continue;
                }

                var isLatency = e.Rule.Kind == FaultKind.Latency;
                if ((isLatency && latency > 0) || (!isLatency && terminal is not null))
                {
                    continue;
                }

                if (e.Skipped < e.Rule.Skip)
                {
                    // The first calls the rule matches pass untouched (e.g. let one batch through, then hang).
                    e.Skipped++;
                    continue;
                }

                if (e.Rule.Probability is { } p && _random.NextDouble() >= p)
                {
                    continue;
                }

                if (e.Remaining is { } left)
                {
                    e.Remaining = left - 1;
                    if (e.Remaining <= 0)
                    {
                        _rules.RemoveAt(i);
                        i--;
                    }
                }

                if (isLatency)
                {
                    latency = Math.Max(1, e.Rule.LatencyMs);
                }
                else
                {
                    terminal = e.Rule;
                }
            }

            return (latency, terminal);
        }
    }

    private sealed class Entry(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int? Remaining { get; set; }

        public int Skipped { get; set; }
    }
}
