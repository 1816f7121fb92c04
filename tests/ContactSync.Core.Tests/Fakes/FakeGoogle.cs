using System.Globalization;
using System.Runtime.CompilerServices;
using ContactSync.Core.Ports;

namespace ContactSync.Core.Tests.Fakes;

/// <summary>An in-memory Google side with a change sequence for sync tokens, etags, a group and tombstones.</summary>
internal sealed class FakeGoogle : IGoogleContacts
{
    private long _sequence;
    private int _nextId = 1;
    private readonly Dictionary<string, long> _changedAt = new(StringComparer.Ordinal);

    public Dictionary<string, GoogleContact> Contacts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Trash { get; } = new(StringComparer.Ordinal);

    public bool ExpireTokens { get; set; }

    public int WriteCalls { get; private set; }

    public int ReadCalls { get; private set; }

    public int MaxWriteBatch { get; private set; }

    public int MaxBatchSize => 200;

    /// <summary>Awaited before every read answers (e.g. to hold the Google read until something else happened).</summary>
    public Task ReadGate { get; set; } = Task.CompletedTask;

    /// <summary>One entry per coming UpdateAsync call: it fails without an answer, after applying the writes (true) or not.</summary>
    public Queue<bool> UnknownUpdates { get; } = new();

    public string Add(bool inGroup = true, string? crmRef = null, params (string Path, string Value)[] values)
    {
        var name = "people/c" + (_nextId++).ToString(CultureInfo.InvariantCulture);
        Put(new GoogleContact(name, "", false, inGroup, crmRef, values.ToDictionary(v => v.Path, v => v.Value), ""));
        return name;
    }

    public void Edit(string name, params (string Path, string Value)[] values)
    {
        var current = Contacts[name];
        var merged = new Dictionary<string, string>(current.Values);
        foreach (var (path, value) in values)
        {
            merged[path] = value;
        }

        Put(current with { Values = merged });
    }

    public void Touch(string name) => Put(Contacts[name]);

    public void SetGroup(string name, bool inGroup) => Put(Contacts[name] with { InGroup = inGroup });

    public void Delete(string name) => Put(Contacts[name] with { Deleted = true, Values = new Dictionary<string, string>() });

    public IEnumerable<GoogleContact> Live => Contacts.Values.Where(c => !c.Deleted);

    public async IAsyncEnumerable<GooglePage> ReadAsync(string? syncToken, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await ReadGate.WaitAsync(cancellationToken);
        await Task.Yield();
        ReadCalls++;
        if (syncToken is not null && ExpireTokens)
        {
            throw new SyncTokenExpiredException("EXPIRED_SYNC_TOKEN");
        }

        var since = syncToken is null ? -1 : long.Parse(syncToken, CultureInfo.InvariantCulture);
        var list = Contacts.Values
            .Where(c => _changedAt[c.ResourceName] > since && (syncToken is not null || !c.Deleted))
            .OrderBy(c => _changedAt[c.ResourceName])
            .ToList();
        var pages = list.Chunk(300).ToList();
        var token = _sequence.ToString(CultureInfo.InvariantCulture);
        if (pages.Count == 0)
        {
            yield return new GooglePage([], token);
            yield break;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            yield return new GooglePage(pages[i], i == pages.Count - 1 ? token : null);
        }
    }

    public Task<IReadOnlyList<GoogleContact>> GetAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GoogleContact>>(resourceNames.Where(n => Contacts.TryGetValue(n, out var c) && !c.Deleted).Select(n => Contacts[n]).ToList());

    public Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken)
    {
        Count(writes.Count);
        var outcomes = writes.Select(w =>
        {
            var name = Add(true, w.CrmId, w.Values.Where(v => v.Value.Length > 0).Select(v => (v.Key, v.Value)).ToArray());
            var c = Contacts[name];
            return new WriteOutcome(w.Key, true, name, c.Etag, c.State, c.Values);
        }).ToList();
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken)
    {
        if (UnknownUpdates.TryDequeue(out var applied))
        {
            if (applied)
            {
                _ = Apply(writes);
            }
            else
            {
                Count(writes.Count);
            }

            return Task.FromResult<IReadOnlyList<WriteOutcome>>(writes.Select(w => WriteOutcome.Unknown(w.Key, "no answer")).ToList());
        }

        return Apply(writes);
    }

    private Task<IReadOnlyList<WriteOutcome>> Apply(IReadOnlyList<GoogleWrite> writes)
    {
        Count(writes.Count);
        var outcomes = writes.Select(w =>
        {
            if (!Contacts.TryGetValue(w.ResourceName!, out var current) || current.Deleted)
            {
                return new WriteOutcome(w.Key, false, Code: "NOT_FOUND", Message: "gone");
            }

            if (current.Etag != w.Etag)
            {
                return new WriteOutcome(w.Key, false, Code: WriteOutcome.StaleEtag, Message: "etag");
            }

            var merged = new Dictionary<string, string>(current.Values);
            foreach (var (path, value) in w.Values)
            {
                if (value.Length == 0)
                {
                    merged.Remove(path);
                }
                else
                {
                    merged[path] = value;
                }
            }

            Put(current with { Values = merged, CrmRef = w.CrmId });
            var c = Contacts[w.ResourceName!];
            return new WriteOutcome(w.Key, true, c.ResourceName, c.Etag, c.State, c.Values);
        }).ToList();
        return Task.FromResult<IReadOnlyList<WriteOutcome>>(outcomes);
    }

    public Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        Count(resourceNames.Count);
        foreach (var name in resourceNames)
        {
            Delete(name);
        }

        return Task.FromResult<IReadOnlyList<WriteOutcome>>(resourceNames.Select(n => new WriteOutcome(n, true, n)).ToList());
    }

    public Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        Count(resourceNames.Count);
        foreach (var name in resourceNames)
        {
            Trash.Add(name);
            SetGroup(name, false);
        }

        return Task.FromResult<IReadOnlyList<WriteOutcome>>(resourceNames.Select(n => new WriteOutcome(n, true, n)).ToList());
    }

    public Task<IReadOnlyList<string>> GetGroupMembersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Live.Where(c => c.InGroup).Select(c => c.ResourceName).ToList());

    public Task<IReadOnlyList<WriteOutcome>> AddToGroupAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        WriteCalls++;
        foreach (var name in resourceNames)
        {
            SetGroup(name, true);
        }

        return Task.FromResult<IReadOnlyList<WriteOutcome>>(resourceNames.Select(n => new WriteOutcome(n, true, n)).ToList());
    }

    private void Put(GoogleContact contact)
    {
        _sequence++;
        var etag = "e" + _sequence.ToString(CultureInfo.InvariantCulture);
        Contacts[contact.ResourceName] = contact with { Etag = etag, State = "state-" + etag };
        _changedAt[contact.ResourceName] = _sequence;
    }

    private void Count(int size)
    {
        WriteCalls++;
        MaxWriteBatch = Math.Max(MaxWriteBatch, size);
        Assert.True(size <= MaxBatchSize, $"Google batch of {size} exceeds {MaxBatchSize}");
    }
}
