using System.Runtime.CompilerServices;
using ContactSync.Core.Ports;
using ContactSync.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Core.Tests.Fakes;

/// <summary>An in-memory CRM side: records with Modified_Time from a fake clock, deletions, write counters.</summary>
internal sealed class FakeCrm(FakeTimeProvider time) : ICrmContacts
{
    private int _nextId = 1000;

    public Dictionary<string, CrmContact> Records { get; } = new(StringComparer.Ordinal);

    public List<CrmDeletion> Deleted { get; } = [];

    public HashSet<string> Quarantined { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OutOfView { get; } = new(StringComparer.Ordinal);

    /// <summary>Records the modified-since list does not show yet (the list's lag); reads by id see them.</summary>
    public HashSet<string> HiddenFromList { get; } = new(StringComparer.Ordinal);

    /// <summary>The records the last modified-since list returned.</summary>
    public int LastListCount { get; private set; }

    public int WriteCalls { get; private set; }

    public int LastReadCount { get; private set; }

    public int MaxWriteBatch { get; private set; }

    public Func<CrmWrite, WriteOutcome?>? FailWrite { get; set; }

    public int MaxBatchSize => 100;

    /// <summary>Completed when the engine first asks for CRM pages.</summary>
    public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Add(params (string Field, string Value)[] values)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Records[id] = new CrmContact(id, Tick(), values.ToDictionary(v => v.Field, v => v.Value));
        return id;
    }

    public void Edit(string id, params (string Field, string Value)[] values)
    {
        var current = Records[id];
        var merged = new Dictionary<string, string>(current.Values);
        foreach (var (field, value) in values)
        {
            merged[field] = value;
        }

        Records[id] = current with { Values = merged, ModifiedTime = Tick() };
    }

    public void Delete(string id)
    {
        Records.Remove(id);
        Deleted.Add(new CrmDeletion(id, Tick()));
    }

    public async IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadAsync(DateTimeOffset? modifiedSince, CrmReadClock clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ReadStarted.TrySetResult();
        await Task.Yield();
        clock.Observe(time.GetUtcNow());
        var all = Records.Values.Where(r => !OutOfView.Contains(r.Id) && !HiddenFromList.Contains(r.Id) && (modifiedSince is null || r.ModifiedTime > modifiedSince)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        LastReadCount = all.Count;
        LastListCount = all.Count;
        foreach (var page in all.Chunk(200))
        {
            yield return page;
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadByIdsAsync(IReadOnlyList<string> ids, CrmReadClock clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        clock.Observe(time.GetUtcNow());
        var found = ids.Distinct(StringComparer.Ordinal).Where(id => Records.ContainsKey(id) && !OutOfView.Contains(id)).Select(id => Records[id]).ToList();
        LastReadCount = found.Count;
        foreach (var page in found.Chunk(200))
        {
            yield return page;
        }
    }

    public Task<IReadOnlyList<CrmContact>> GetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CrmContact>>(ids.Where(Records.ContainsKey).Select(id => Records[id]).ToList());

    public Task<IReadOnlyList<CrmContact>> SearchAsync(PendingCrmCreate intent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CrmContact>>(Records.Values
            .Where(r => intent.Email.Length > 0
                ? string.Equals(r["Email"], intent.Email, StringComparison.OrdinalIgnoreCase)
                : r["Last_Name"] == intent.LastName && r["First_Name"] == intent.FirstName)
            .ToList());

    public Task<IReadOnlyList<CrmContact?>> FindCreatedAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        var free = Records.Values.Where(r => r.GoogleRef is not null).ToList();
        var found = writes.Select(w =>
        {
            var match = free.FirstOrDefault(r => r.GoogleRef == w.GoogleRef);
            free.Remove(match!);
            return match;
        }).ToList();
        return Task.FromResult<IReadOnlyList<CrmContact?>>(found);
    }

    public async IAsyncEnumerable<IReadOnlyList<CrmDeletion>> ReadDeletedAsync(DateTimeOffset deletedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var list = Deleted.Where(d => d.DeletedTime >= deletedSince).ToList();
        if (list.Count > 0)
        {
            yield return list;
        }
    }

    public Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        Count(writes.Count);
        var outcomes = writes.Select(w =>
        {
            if (FailWrite?.Invoke(w) is { } failure)
            {
                return failure;
            }

            if (!w.Values.TryGetValue("Last_Name", out var last) || last.Length == 0)
            {
                return new WriteOutcome(w.Key, false, Code: "MANDATORY_NOT_FOUND", Message: "Last_Name");
            }

            var id = Add(w.Values.Select(kv => (kv.Key, kv.Value)).ToArray());
            Records[id] = Records[id] with { GoogleRef = w.GoogleRef };
            return new WriteOutcome(w.Key, true, id);
        }).ToList();
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        Count(writes.Count);
        var outcomes = writes.Select(w =>
        {
            if (FailWrite?.Invoke(w) is { } failure)
            {
                return failure;
            }

            if (!Records.ContainsKey(w.Id!))
            {
                return new WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "the id given seems to be invalid");
            }

            Edit(w.Id!, w.Values.Select(kv => (kv.Key, kv.Value)).ToArray());
            return new WriteOutcome(w.Key, true, w.Id);
        }).ToList();
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        Count(ids.Count);
        foreach (var id in ids)
        {
            Delete(id);
        }

        return Task.FromResult<IReadOnlyList<WriteOutcome>>(ids.Select(id => new WriteOutcome(id, true, id)).ToList());
    }

    public Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        Count(ids.Count);
        Quarantined.UnionWith(ids);
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(ids.Select(id => new WriteOutcome(id, true, id)).ToList());
    }

    private void Count(int size)
    {
        WriteCalls++;
        MaxWriteBatch = Math.Max(MaxWriteBatch, size);
        Assert.True(size <= MaxBatchSize, $"CRM batch of {size} exceeds {MaxBatchSize}");
    }

    private DateTimeOffset Tick()
    {
        time.Advance(TimeSpan.FromSeconds(1));
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
