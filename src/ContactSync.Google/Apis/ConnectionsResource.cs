using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>The <c>people.connections</c> resource.</summary>
public sealed partial class ConnectionsResource
{
    private readonly IClientService _service;

    /// <summary>Creates the resource.</summary>
    public ConnectionsResource(IClientService service) => _service = service;

    /// <summary>people.connections.list: <c>GET v1/{+resourceName}/connections</c> (resourceName is people/me).</summary>
    public ListRequest List(string resourceName) => new(_service, resourceName);
}
