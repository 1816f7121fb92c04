using ContactSync.Google.Apis.Data;
using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>The <c>contactGroups.members</c> resource.</summary>
public sealed partial class MembersResource
{
    private readonly IClientService _service;

    /// <summary>Creates the resource.</summary>
    public MembersResource(IClientService service) => _service = service;

    /// <summary>contactGroups.members.modify: <c>POST v1/{+resourceName}/members:modify</c> (add+remove at most 1000).</summary>
    public ModifyRequest Modify(ModifyContactGroupMembersRequest body, string resourceName) => new(_service, body, resourceName);
}
