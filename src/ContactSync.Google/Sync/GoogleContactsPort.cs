using System.Runtime.CompilerServices;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Mapping;
using ContactSync.Core.Ports;
using ContactSync.Google.Apis.Data;
using Google.Apis.Json;
using Newtonsoft.Json.Linq;

namespace ContactSync.Google.Sync;

/// <summary>The engine's Google side, on the People API client: paths on JSON persons, batches, group scope.</summary>
public sealed class GoogleContactsPort : IGoogleContacts
{
    private static readonly string[] AlwaysRead = ["names", "emailAddresses", "clientData", "memberships", "metadata"];
    private static readonly GoogleFieldPath[] MatchingPaths =
    [
        GoogleFieldPath.Parse(LastNameFallback.FamilyNamePath),
        GoogleFieldPath.Parse(LastNameFallback.GivenNamePath),
        GoogleFieldPath.Parse(LastNameFallback.WorkEmailPath),
    ];

    /// <summary>Writes persons as the library does (its settings: nulls left out, dates as strings).</summary>
    private static readonly Newtonsoft.Json.JsonSerializer JsonWriter = Newtonsoft.Json.JsonSerializer.Create(NewtonsoftJsonSerializer.CreateDefaultSettings());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, GoogleFieldPath> ParsedPaths = new(StringComparer.Ordinal);

    private readonly GoogleContactsClient _client;
    private readonly GooglePortOptions _options;
    private readonly string _personFields;
    private readonly GoogleFieldPath[] _paths;
    private readonly string[] _writtenFields;
    private string? _trashGroup;

    /// <summary>Creates the port.</summary>
    public GoogleContactsPort(GoogleContactsClient client, GooglePortOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _paths = options.Paths.Concat(MatchingPaths).DistinctBy(p => p.Canonical).ToArray();
        _personFields = string.Join(',', AlwaysRead.Concat(options.Paths.Select(p => p.Field)).Distinct(StringComparer.Ordinal));
        _writtenFields = options.Paths.Select(p => p.Field).Append("clientData").Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public int MaxBatchSize => GoogleContactsClient.MaxBatchMutate;

    /// <inheritdoc />
    public async IAsyncEnumerable<GooglePage> ReadAsync(string? syncToken, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new ConnectionsQuery { PersonFields = _personFields, SyncToken = syncToken, RequestSyncToken = true };
        var pages = _client.ListConnectionsAsync(query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                ConnectionsPage page;
                try
                {
                    if (!await pages.MoveNextAsync())
                    {
                        yield break;
                    }

                    page = pages.Current;
                }
                catch (GoogleSyncTokenExpiredException ex)
                {
                    throw new SyncTokenExpiredException(ex.Message, ex);
                }

                var contacts = page.Connections.Select(ToContact).ToList();
                yield return new GooglePage(contacts, page.NextPageToken is null ? page.NextSyncToken : null);
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GoogleContact>> GetAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        var persons = await _client.GetBatchAsync(resourceNames, _personFields, cancellationToken);
        return persons.Select(ToContact).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken)
    {
        var persons = writes.Select(w => ToPerson(NewPerson(), w)).ToList();
        try
        {
            var created = await _client.BatchCreateAsync(persons, _personFields, cancellationToken);
            return writes.Select((w, i) => Success(w.Key, created[i])).ToList();
        }
        catch (GoogleOutcomeUnknownException ex)
        {
            return writes.Select(w => WriteOutcome.Unknown(w.Key, ex.Message)).ToList();
        }
        catch (global::Google.GoogleApiException ex) when (GoogleContactLimit.IsLimit(ex, _options.ContactLimitMarkers))
        {
            // The account is full: nothing of the batch was created, and creating one by one would only repeat the refusal.
            return writes.Select(w => LimitReached(w, ex)).ToList();
        }
        catch (global::Google.GoogleApiException ex) when (ex.HttpStatusCode == System.Net.HttpStatusCode.BadRequest && writes.Count > 1)
        {
            // One bad contact fails the whole batch: isolate it by creating one by one.
            var outcomes = new List<WriteOutcome>(writes.Count);
            for (var i = 0; i < writes.Count; i++)
            {
                var outcome = outcomes.Count > 0 && outcomes[^1].Code == WriteOutcome.ContactLimit
                    ? outcomes[^1] with { Key = writes[i].Key }
                    : await CreateOneAsync(writes[i], persons[i], cancellationToken);
                outcomes.Add(outcome);
            }

            return outcomes;
        }
    }

    private static WriteOutcome LimitReached(GoogleWrite write, global::Google.GoogleApiException ex) =>
        new(write.Key, false, Code: WriteOutcome.ContactLimit, Message: ex.Error?.Message ?? ex.Message);

    private async Task<WriteOutcome> CreateOneAsync(GoogleWrite write, Person person, CancellationToken cancellationToken)
    {
        try
        {
            return Success(write.Key, await _client.CreateAsync(person, _personFields, cancellationToken));
        }
        catch (GoogleOutcomeUnknownException ex)
        {
            return WriteOutcome.Unknown(write.Key, ex.Message);
        }
        catch (global::Google.GoogleApiException ex) when (GoogleContactLimit.IsLimit(ex, _options.ContactLimitMarkers))
        {
            return LimitReached(write, ex);
        }
        catch (global::Google.GoogleApiException ex) when (ex.HttpStatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            return new WriteOutcome(write.Key, false, Code: ex.Error?.Message is { } m && m.Contains("singleton", StringComparison.OrdinalIgnoreCase) ? "INVALID_ARGUMENT" : "INVALID_ARGUMENT", Message: ex.Error?.Message ?? ex.Message);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<GoogleWrite> writes, CancellationToken cancellationToken)
    {
        // One updateMask serves the whole batch: the changed fields of every write, and clientData (the CRM id). Each body
        // carries exactly those fields, complete from the person's state, so a field another write changes is rewritten
        // unchanged and nothing outside the mask is sent.
        var fields = new HashSet<string>(StringComparer.Ordinal) { "clientData" };
        foreach (var write in writes)
        {
            fields.UnionWith(write.Values.Keys.Select(path => ParsedPaths.GetOrAdd(path, GoogleFieldPath.Parse).Field));
        }

        var pending = new Dictionary<string, (GoogleWrite Write, Person Person)>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            var json = string.IsNullOrEmpty(write.State) ? new JObject() : JObject.Parse(write.State);
            foreach (var outside in json.Properties().Where(p => !fields.Contains(p.Name)).ToList())
            {
                outside.Remove();
            }

            json["resourceName"] = write.ResourceName;
            json["etag"] = write.Etag;
            pending[write.ResourceName!] = (write, ToPerson(json, write));
        }

        var outcomes = await UpdatePendingAsync(pending, string.Join(',', fields.Order(StringComparer.Ordinal)), cancellationToken);
        return writes.Select(w => outcomes[w.ResourceName!]).ToList();
    }

    private async Task<Dictionary<string, WriteOutcome>> UpdatePendingAsync(Dictionary<string, (GoogleWrite Write, Person Person)> pending, string mask,
        CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, WriteOutcome>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            try
            {
                var updated = await _client.BatchUpdateAsync(pending.ToDictionary(p => p.Key, p => p.Value.Person, StringComparer.Ordinal), mask, _personFields, cancellationToken);
                foreach (var (name, (write, _)) in pending)
                {
                    outcomes[name] = updated.TryGetValue(name, out var person)
                        ? Success(write.Key, person)
                        : new WriteOutcome(write.Key, false, Code: "NOT_FOUND", Message: "Google did not return the updated contact.");
                }

                pending.Clear();
            }
            catch (GoogleOutcomeUnknownException ex)
            {
                foreach (var (name, (write, _)) in pending)
                {
                    outcomes[name] = WriteOutcome.Unknown(write.Key, ex.Message);
                }

                pending.Clear();
            }
            catch (GoogleEtagMismatchException ex)
            {
                var stale = ex.StaleResourceNames.Count > 0 ? ex.StaleResourceNames.Where(pending.ContainsKey).ToList() : pending.Keys.ToList();
                if (stale.Count == 0)
                {
                    stale = pending.Keys.ToList();
                }

                foreach (var name in stale)
                {
                    outcomes[name] = new WriteOutcome(pending[name].Write.Key, false, Code: WriteOutcome.StaleEtag, Message: "The contact changed since it was read.");
                    pending.Remove(name);
                }
            }
        }

        return outcomes;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken) =>
        GoogleUnknownOutcomes.DeleteAsync(_client, resourceNames, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        var trash = await TrashGroupAsync(cancellationToken);
        await _client.ModifyGroupMembersAsync(trash, resourceNames, [], cancellationToken);
        var response = await _client.ModifyGroupMembersAsync(_options.GroupResourceName, [], resourceNames, cancellationToken);
        var missing = response.NotFoundResourceNames?.ToHashSet(StringComparer.Ordinal) ?? [];
        return resourceNames.Select(n => missing.Contains(n) ? new WriteOutcome(n, false, Code: "NOT_FOUND", Message: "Contact not found.") : new WriteOutcome(n, true, n)).ToList();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetGroupMembersAsync(CancellationToken cancellationToken) =>
        GoogleUnknownOutcomes.GroupMembersAsync(_client, _options.GroupResourceName, cancellationToken);

    /// <remarks>One call: the first page of connections with one contact, whose <c>totalItems</c> counts them all.</remarks>
    public async Task<long?> CountContactsAsync(CancellationToken cancellationToken)
    {
        var page = await _client.ListConnectionsPageAsync(new ConnectionsQuery { PersonFields = "metadata", PageSize = 1, RequestSyncToken = false }, cancellationToken);
        return page.TotalItems;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> AddToGroupAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        var response = await _client.ModifyGroupMembersAsync(_options.GroupResourceName, resourceNames, [], cancellationToken);
        var missing = response.NotFoundResourceNames?.ToHashSet(StringComparer.Ordinal) ?? [];
        return resourceNames.Select(n => missing.Contains(n) ? new WriteOutcome(n, false, Code: "NOT_FOUND", Message: "Contact not found.") : new WriteOutcome(n, true, n)).ToList();
    }

    private async Task<string> TrashGroupAsync(CancellationToken cancellationToken)
    {
        if (_trashGroup is not null)
        {
            return _trashGroup;
        }

        _trashGroup = await GoogleUnknownOutcomes.FindOrCreateGroupAsync(_client, _options.TrashGroupName, cancellationToken);
        return _trashGroup;
    }

    private JObject NewPerson() => new()
    {
        ["memberships"] = new JArray(new JObject { ["contactGroupMembership"] = new JObject { ["contactGroupResourceName"] = _options.GroupResourceName } }),
    };

    private static Person ToPerson(JObject json, GoogleWrite write)
    {
        foreach (var (path, value) in write.Values)
        {
            PersonPaths.Set(json, ParsedPaths.GetOrAdd(path, GoogleFieldPath.Parse), value);
        }

        var clientData = json["clientData"] as JArray ?? [];
        var entry = clientData.OfType<JObject>().FirstOrDefault(e => e.Value<string>("key") == GooglePortOptions.CrmIdKey);
        if (entry is null)
        {
            clientData.Add(new JObject { ["key"] = GooglePortOptions.CrmIdKey, ["value"] = write.CrmId });
        }
        else
        {
            entry["value"] = write.CrmId;
        }

        json["clientData"] = clientData;
        json.Remove("metadata");
        return json.ToObject<Person>(JsonWriter)!;
    }

    private WriteOutcome Success(string key, Person person)
    {
        var contact = ToContact(person);
        return new WriteOutcome(key, true, contact.ResourceName, contact.Etag, contact.State, contact.Values);
    }

    private GoogleContact ToContact(Person person)
    {
        var json = JObject.FromObject(person, JsonWriter);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in _paths)
        {
            var value = PersonPaths.Get(json, path);
            if (value.Length > 0)
            {
                values[path.Canonical] = value;
            }
        }

        var displayName = person.Names?.FirstOrDefault()?.DisplayName;
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            values[LastNameFallback.DisplayNamePath] = displayName.Trim();
        }

        var inGroup = person.Memberships?.Any(m => m.ContactGroupMembership?.ContactGroupResourceName == _options.GroupResourceName) == true;
        var crmRef = person.ClientData?.FirstOrDefault(c => c.Key == GooglePortOptions.CrmIdKey)?.Value;
        return new GoogleContact(
            person.ResourceName ?? "",
            person.ETag ?? "",
            person.Metadata?.Deleted == true,
            inGroup,
            crmRef,
            values,
            StateOf(json));
    }

    /// <summary>
    /// The state kept with a link for later updates: only the fields an update writes (the mapped ones and clientData),
    /// complete with their unmapped entries, without read-only metadata.
    /// </summary>
    private string StateOf(JObject person)
    {
        var state = new JObject();
        foreach (var field in _writtenFields)
        {
            if (person[field] is JArray entries)
            {
                var copy = new JArray();
                foreach (var entry in entries.OfType<JObject>())
                {
                    var clean = (JObject)entry.DeepClone();
                    clean.Remove("metadata");
                    copy.Add(clean);
                }

                state[field] = copy;
            }
        }

        return state.ToString(Newtonsoft.Json.Formatting.None);
    }
}
