using System.Net;
using System.Runtime.CompilerServices;
using ContactSync.Core.Diagnostics;
using ContactSync.Google.Apis;
using ContactSync.Google.Apis.Data;
using ContactSync.Google.Http;
using ContactSync.Http;
using ContactSync.Http.Pacing;
using Google;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Google.Apis.Json;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactSync.Google;

/// <summary>
/// The People API facade the sync engine calls: paging, batch splitting (200 / 200 / 500 / 1000), retries of
/// 429/5xx/dropped connections on the shared <see cref="ApiResilience"/> pipeline, and typed errors
/// (<see cref="GoogleSyncTokenExpiredException"/>, <see cref="GoogleEtagMismatchException"/>,
/// <see cref="GoogleOutcomeUnknownException"/> for a create, update or delete that failed after it may have been applied —
/// those are never retried blindly, see <see cref="IdempotencyRules"/>; anything else is <see cref="GoogleApiException"/>).
/// Callers that need the outcome of each call pass at most one batch's worth.
/// </summary>
public sealed class GoogleContactsClient : IDisposable
{
    /// <summary>Most people per batchCreateContacts / batchUpdateContacts / getBatchGet.</summary>
    public const int MaxBatchMutate = 200;

    /// <summary>Most names per batchDeleteContacts.</summary>
    public const int MaxBatchDelete = 500;

    /// <summary>Most names added plus removed per members:modify.</summary>
    public const int MaxMembersModify = 1000;

    private readonly ILogger _logger;

    /// <summary>Creates the client and its credential (service account with impersonation, or user refresh token).</summary>
    public GoogleContactsClient(GoogleClientOptions options, TimeProvider time, IApiCallObserver? observer = null, ILogger<GoogleContactsClient>? logger = null)
        : this(options, time, observer, logger, null)
    {
    }

    /// <summary>Creates the client sharing the credential (and access token) kept in <paramref name="credentials"/>.</summary>
    public GoogleContactsClient(GoogleClientOptions options, TimeProvider time, GoogleCredentialCache credentials, IApiCallObserver? observer = null, ILogger<GoogleContactsClient>? logger = null)
        : this(options, time, observer, logger, null, credentials)
    {
    }

    /// <summary>Test seam: <paramref name="primaryHandler"/> replaces the socket handler under the retry pipeline.</summary>
    internal GoogleContactsClient(GoogleClientOptions options, TimeProvider time, IApiCallObserver? observer, ILogger<GoogleContactsClient>? logger,
        Func<HttpMessageHandler>? primaryHandler, GoogleCredentialCache? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Pacing = options.Pacing;
        var log = _logger;
        var resilience = new ApiResilience("google", options, time, observer ?? NullApiCallObserver.Instance,
            (operation, status, attempt, delayMs) => GoogleLog.Retrying(log, operation, status, attempt, delayMs), GoogleOperationName.Of);
        var factory = new GoogleHttpClientFactory(resilience, primaryHandler);
        var credential = credentials is null ? GoogleCredentialFactory.Create(options, factory) : credentials.GetOrCreate(() => GoogleCredentialFactory.Create(options, factory));
        var baseUri = options.ApiBaseUrl is { Length: > 0 } url ? (url.EndsWith('/') ? url : url + "/") : null;
        Service = new PeopleService(new BaseClientService.Initializer
        {
            HttpClientInitializer = credential,
            HttpClientFactory = factory,
            ApplicationName = options.ApplicationName,
            BaseUri = baseUri,
            GZipEnabled = true,
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            HttpClientTimeout = Timeout.InfiniteTimeSpan,
        });
    }

    /// <summary>The quota pacing its calls wait in, with the cost model of the account it acts as (null: not paced).</summary>
    public QuotaPacing? Pacing { get; }

    /// <summary>The underlying service, for calls the facade does not wrap.</summary>
    public PeopleService Service { get; }

    /// <summary>Reads one page of the user's connections.</summary>
    public async Task<ConnectionsPage> ListConnectionsPageAsync(ConnectionsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(query.PersonFields);
        if (query.PageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "PageSize must be 1..1000.");
        }

        var request = Service.People.Connections.List(query.ResourceName);
        request.PersonFields = query.PersonFields;
        request.PageSize = query.PageSize;
        request.PageToken = query.PageToken;
        request.SyncToken = query.SyncToken;
        request.RequestSyncToken = query.RequestSyncToken ? true : null;
        request.SortOrder = query.SortOrder;
        var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        return new ConnectionsPage(response.Connections?.ToArray() ?? [], Empty(response.NextPageToken), Empty(response.NextSyncToken), response.TotalItems);
    }

    /// <summary>Reads every page of the user's connections, starting at <see cref="ConnectionsQuery.PageToken"/>.</summary>
    public async IAsyncEnumerable<ConnectionsPage> ListConnectionsAsync(ConnectionsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = query;
        while (true)
        {
            var page = await ListConnectionsPageAsync(current, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.NextPageToken is null)
            {
                yield break;
            }

            current = current with { PageToken = page.NextPageToken };
        }
    }

    /// <summary>people.get; null when the person does not exist (404).</summary>
    public async Task<Person?> GetAsync(string resourceName, string personFields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceName);
        var request = Service.People.Get(resourceName);
        request.PersonFields = personFields;
        try
        {
            return await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (GoogleApiException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>people.getBatchGet in calls of at most 200; returns the people found (missing ones are left out).</summary>
    public async Task<IReadOnlyList<Person>> GetBatchAsync(IReadOnlyList<string> resourceNames, string personFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resourceNames);
        var people = new List<Person>(resourceNames.Count);
        foreach (var chunk in resourceNames.Chunk(MaxBatchMutate))
        {
            var request = Service.People.GetBatchGet();
            request.ResourceNames = new Repeatable<string>(chunk);
            request.PersonFields = personFields;
            var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            people.AddRange(response.Responses?.Where(r => r.Person is not null).Select(r => r.Person!) ?? []);
        }

        return people;
    }

    /// <summary>people.createContact.</summary>
    public Task<Person> CreateAsync(Person person, string personFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var request = Service.People.CreateContact(person);
        request.PersonFields = personFields;
        return ExecuteAsync(request, cancellationToken);
    }

    /// <summary>people.updateContact of <paramref name="person"/> (its resourceName and etag are used).</summary>
    public Task<Person> UpdateAsync(Person person, string updatePersonFields, string? personFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrEmpty(person.ResourceName);
        ArgumentException.ThrowIfNullOrEmpty(updatePersonFields);
        var request = Service.People.UpdateContact(person, person.ResourceName);
        request.UpdatePersonFields = updatePersonFields;
        request.PersonFields = personFields;
        return ExecuteAsync(request, cancellationToken);
    }

    /// <summary>people.deleteContact.</summary>
    public async Task DeleteAsync(string resourceName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceName);
        await ExecuteAsync(Service.People.DeleteContact(resourceName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>batchCreateContacts in calls of at most 200; the created people in input order.</summary>
    public async Task<IReadOnlyList<Person>> BatchCreateAsync(IReadOnlyList<Person> persons, string readMask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var created = new List<Person>(persons.Count);
        foreach (var chunk in persons.Chunk(MaxBatchMutate))
        {
            var body = new BatchCreateContactsRequest
            {
                Contacts = chunk.Select(p => new ContactToCreate { ContactPerson = p }).ToList(),
                ReadMask = readMask,
            };
            var response = await ExecuteAsync(Service.People.BatchCreateContacts(body), cancellationToken).ConfigureAwait(false);
            var results = response.CreatedPeople ?? [];
            for (var i = 0; i < chunk.Length; i++)
            {
                created.Add(i < results.Count
                    ? results[i].Person ?? new Person { ResourceName = results[i].RequestedResourceName }
                    : new Person());
            }
        }

        return created;
    }

    /// <summary>batchUpdateContacts in calls of at most 200; the updated people by resource name.</summary>
    public async Task<IReadOnlyDictionary<string, Person>> BatchUpdateAsync(IReadOnlyDictionary<string, Person> persons, string updateMask, string readMask,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentException.ThrowIfNullOrEmpty(updateMask);
        var updated = new Dictionary<string, Person>(persons.Count, StringComparer.Ordinal);
        foreach (var chunk in persons.Chunk(MaxBatchMutate))
        {
            var body = new BatchUpdateContactsRequest
            {
                Contacts = chunk.ToDictionary(kv => kv.Key, kv => kv.Value),
                UpdateMask = updateMask,
                ReadMask = readMask,
            };
            var response = await ExecuteAsync(Service.People.BatchUpdateContacts(body), cancellationToken).ConfigureAwait(false);
            foreach (var (name, result) in response.UpdateResult ?? new Dictionary<string, PersonResponse>())
            {
                updated[name] = result.Person ?? new Person { ResourceName = name };
            }
        }

        return updated;
    }

    /// <summary>batchDeleteContacts in calls of at most 500.</summary>
    public async Task BatchDeleteAsync(IReadOnlyList<string> resourceNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resourceNames);
        foreach (var chunk in resourceNames.Chunk(MaxBatchDelete))
        {
            var body = new BatchDeleteContactsRequest { ResourceNames = chunk.ToList() };
            await ExecuteAsync(Service.People.BatchDeleteContacts(body), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>All contact groups (system and user), all pages.</summary>
    public async Task<IReadOnlyList<ContactGroup>> ListGroupsAsync(CancellationToken cancellationToken)
    {
        var groups = new List<ContactGroup>();
        string? pageToken = null;
        do
        {
            var request = Service.ContactGroups.List();
            request.PageSize = 1000;
            request.PageToken = pageToken;
            var response = await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
            groups.AddRange(response.ContactGroups ?? []);
            pageToken = Empty(response.NextPageToken);
        }
        while (pageToken is not null);

        return groups;
    }

    /// <summary>contactGroups.get; null when it does not exist (404).</summary>
    public async Task<ContactGroup?> GetGroupAsync(string resourceName, int maxMembers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceName);
        var request = Service.ContactGroups.Get(resourceName);
        request.MaxMembers = maxMembers;
        try
        {
            return await ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (GoogleApiException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>contactGroups.create (409 if the name exists).</summary>
    public Task<ContactGroup> CreateGroupAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return ExecuteAsync(Service.ContactGroups.Create(new CreateContactGroupRequest { ContactGroup = new ContactGroup { Name = name } }), cancellationToken);
    }

    /// <summary>members:modify in calls of at most 1000 names (adds first, then removes); the merged outcome.</summary>
    public async Task<ModifyContactGroupMembersResponse> ModifyGroupMembersAsync(string groupResourceName, IReadOnlyList<string> add, IReadOnlyList<string> remove,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupResourceName);
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var result = new ModifyContactGroupMembersResponse { NotFoundResourceNames = [], CanNotRemoveLastContactGroupResourceNames = [] };
        foreach (var (adds, removes) in SplitMembers(add, remove, MaxMembersModify))
        {
            var body = new ModifyContactGroupMembersRequest
            {
                ResourceNamesToAdd = adds.Count > 0 ? adds.ToList() : null,
                ResourceNamesToRemove = removes.Count > 0 ? removes.ToList() : null,
            };
            var response = await ExecuteAsync(Service.ContactGroups.Members.Modify(body, groupResourceName), cancellationToken).ConfigureAwait(false);
            foreach (var n in response.NotFoundResourceNames ?? [])
            {
                result.NotFoundResourceNames.Add(n);
            }

            foreach (var n in response.CanNotRemoveLastContactGroupResourceNames ?? [])
            {
                result.CanNotRemoveLastContactGroupResourceNames.Add(n);
            }
        }

        return result;
    }

    /// <summary>Connection test: obtains a token and reads one connection; returns totalItems (0 if not given).</summary>
    public async Task<int> TestAsync(CancellationToken cancellationToken)
    {
        var page = await ListConnectionsPageAsync(new ConnectionsQuery { PersonFields = "metadata", PageSize = 1, RequestSyncToken = false }, cancellationToken)
            .ConfigureAwait(false);
        return page.TotalItems ?? page.Connections.Count;
    }

    /// <inheritdoc />
    public void Dispose() => Service.Dispose();

    internal static IEnumerable<(IReadOnlyList<string> Add, IReadOnlyList<string> Remove)> SplitMembers(IReadOnlyList<string> add, IReadOnlyList<string> remove, int max)
    {
        var a = 0;
        var r = 0;
        while (a < add.Count || r < remove.Count)
        {
            var takeAdd = Math.Min(max, add.Count - a);
            var takeRemove = Math.Min(max - takeAdd, remove.Count - r);
            yield return (add.Skip(a).Take(takeAdd).ToArray(), remove.Skip(r).Take(takeRemove).ToArray());
            a += takeAdd;
            r += takeRemove;
        }
    }

    /// <summary>
    /// Runs one request. A call that is not safe to repeat (<see cref="IdempotencyRules"/>: creates, updates, deletes) and
    /// failed with a 5xx, a dropped connection or a timed-out attempt — which the pipeline did not repeat — may have been
    /// applied: it is reported as <see cref="GoogleOutcomeUnknownException"/>. Other API errors become the typed
    /// exceptions of <see cref="GoogleErrors"/>.
    /// </summary>
    private async Task<T> ExecuteAsync<T>(ClientServiceRequest<T> request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (MayHaveBeenApplied(request, ex, cancellationToken))
        {
            var operation = "people." + request.MethodName;
            GoogleLog.OutcomeUnknown(_logger, operation, ex is GoogleApiException api ? ((int)api.HttpStatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : ex.GetType().Name);
            throw new GoogleOutcomeUnknownException(operation, ex);
        }
        catch (GoogleApiException ex)
        {
            var translated = GoogleErrors.Translate(ex);
            if (translated is GoogleSyncTokenExpiredException expired)
            {
                GoogleLog.SyncTokenExpired(_logger, expired.HttpStatus);
            }

            if (ReferenceEquals(translated, ex))
            {
                throw;
            }

            throw translated;
        }
    }

    private static bool MayHaveBeenApplied(IClientServiceRequest request, Exception exception, CancellationToken cancellationToken) =>
        !IdempotencyRules.IsSafeToRepeat(request.HttpMethod, "/" + request.RestPath)
        && (exception is GoogleApiException { HttpStatusCode: >= HttpStatusCode.InternalServerError } || ApiFailures.IsUnanswered(exception, cancellationToken));

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
