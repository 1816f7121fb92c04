using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>DomainMembership</c>: A Google Workspace Domain membership.</summary>
public sealed class DomainMembership
{
    /// <summary>True if the person is in the viewer's Google Workspace domain.</summary>
    [JsonProperty("inViewerDomain")]
    public bool? InViewerDomain { get; set; }
}
