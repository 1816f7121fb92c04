using ContactSync.Google.Apis.Data;
using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>The <c>people</c> resource.</summary>
public sealed partial class PeopleResource
{
    private readonly IClientService _service;

    /// <summary>Creates the resource.</summary>
    public PeopleResource(IClientService service)
    {
        _service = service;
        Connections = new ConnectionsResource(service);
    }

    /// <summary>The <c>people.connections</c> resource.</summary>
    public ConnectionsResource Connections { get; }

    /// <summary>people.get: <c>GET v1/{+resourceName}</c>.</summary>
    public GetRequest Get(string resourceName) => new(_service, resourceName);

    /// <summary>people.getBatchGet: <c>GET v1/people:batchGet</c> (at most 200 names).</summary>
    public GetBatchGetRequest GetBatchGet() => new(_service);

    /// <summary>people.createContact: <c>POST v1/people:createContact</c>.</summary>
    public CreateContactRequest CreateContact(Person body) => new(_service, body);

    /// <summary>people.updateContact: <c>PATCH v1/{+resourceName}:updateContact</c>.</summary>
    public UpdateContactRequest UpdateContact(Person body, string resourceName) => new(_service, body, resourceName);

    /// <summary>people.deleteContact: <c>DELETE v1/{+resourceName}:deleteContact</c>.</summary>
    public DeleteContactRequest DeleteContact(string resourceName) => new(_service, resourceName);

    /// <summary>people.batchCreateContacts: <c>POST v1/people:batchCreateContacts</c> (at most 200).</summary>
    public BatchCreateContactsRequest BatchCreateContacts(Data.BatchCreateContactsRequest body) => new(_service, body);

    /// <summary>people.batchUpdateContacts: <c>POST v1/people:batchUpdateContacts</c> (at most 200).</summary>
    public BatchUpdateContactsRequest BatchUpdateContacts(Data.BatchUpdateContactsRequest body) => new(_service, body);

    /// <summary>people.batchDeleteContacts: <c>POST v1/people:batchDeleteContacts</c> (at most 500).</summary>
    public BatchDeleteContactsRequest BatchDeleteContacts(Data.BatchDeleteContactsRequest body) => new(_service, body);
}
