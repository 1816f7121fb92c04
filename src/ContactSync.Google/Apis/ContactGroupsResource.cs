using ContactSync.Google.Apis.Data;
using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>The <c>contactGroups</c> resource.</summary>
public sealed partial class ContactGroupsResource
{
    private readonly IClientService _service;

    /// <summary>Creates the resource.</summary>
    public ContactGroupsResource(IClientService service)
    {
        _service = service;
        Members = new MembersResource(service);
    }

    /// <summary>The <c>contactGroups.members</c> resource.</summary>
    public MembersResource Members { get; }

    /// <summary>contactGroups.list: <c>GET v1/contactGroups</c>.</summary>
    public ListRequest List() => new(_service);

    /// <summary>contactGroups.get: <c>GET v1/{+resourceName}</c>.</summary>
    public GetRequest Get(string resourceName) => new(_service, resourceName);

    /// <summary>contactGroups.create: <c>POST v1/contactGroups</c>.</summary>
    public CreateRequest Create(CreateContactGroupRequest body) => new(_service, body);
}
