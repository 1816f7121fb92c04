using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The contactGroups.get request.</content>
public sealed partial class ContactGroupsResource
{
    /// <summary>contactGroups.get: <c>GET v1/{+resourceName}</c>.</summary>
    public sealed class GetRequest : PeopleBaseServiceRequest<ContactGroup>
    {
        /// <summary>Creates the request.</summary>
        public GetRequest(IClientService service, string resourceName)
            : base(service)
        {
            ResourceName = resourceName;
            InitParameters();
        }

        /// <summary>The resource name.</summary>
        [RequestParameter("resourceName", RequestParameterType.Path)]
        public string ResourceName { get; }

        /// <summary>How many member names to return (default 0).</summary>
        [RequestParameter("maxMembers", RequestParameterType.Query)]
        public int? MaxMembers { get; set; }

        /// <summary>Group field mask.</summary>
        [RequestParameter("groupFields", RequestParameterType.Query)]
        public string? GroupFields { get; set; }

        /// <inheritdoc />
        public override string MethodName => "get";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "v1/{+resourceName}";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceName", "path", true, "^contactGroups/[^/]+$");
            AddParameter("maxMembers", "query");
            AddParameter("groupFields", "query");
        }

    }
}
