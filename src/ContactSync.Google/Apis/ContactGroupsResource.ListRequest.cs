using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The contactGroups.list request.</content>
public sealed partial class ContactGroupsResource
{
    /// <summary>contactGroups.list: <c>GET v1/contactGroups</c>.</summary>
    public sealed class ListRequest : PeopleBaseServiceRequest<ListContactGroupsResponse>
    {
        /// <summary>Creates the request.</summary>
        public ListRequest(IClientService service)
            : base(service)
        {

            InitParameters();
        }

        /// <summary>1..1000, default 30.</summary>
        [RequestParameter("pageSize", RequestParameterType.Query)]
        public int? PageSize { get; set; }

        /// <summary>nextPageToken of the previous page.</summary>
        [RequestParameter("pageToken", RequestParameterType.Query)]
        public string? PageToken { get; set; }

        /// <summary>A sync token from a previous call.</summary>
        [RequestParameter("syncToken", RequestParameterType.Query)]
        public string? SyncToken { get; set; }

        /// <summary>Group field mask.</summary>
        [RequestParameter("groupFields", RequestParameterType.Query)]
        public string? GroupFields { get; set; }

        /// <inheritdoc />
        public override string MethodName => "list";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "v1/contactGroups";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("pageSize", "query");
            AddParameter("pageToken", "query");
            AddParameter("syncToken", "query");
            AddParameter("groupFields", "query");
        }

    }
}
