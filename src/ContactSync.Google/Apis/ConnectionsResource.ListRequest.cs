using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.connections.list request.</content>
public sealed partial class ConnectionsResource
{
    /// <summary>people.connections.list: <c>GET v1/{+resourceName}/connections</c>.</summary>
    public sealed class ListRequest : PeopleBaseServiceRequest<ListConnectionsResponse>
    {
        /// <summary>Creates the request.</summary>
        public ListRequest(IClientService service, string resourceName)
            : base(service)
        {
            ResourceName = resourceName;
            InitParameters();
        }

        /// <summary>The resource name.</summary>
        [RequestParameter("resourceName", RequestParameterType.Path)]
        public string ResourceName { get; }

        /// <summary>Field mask (required).</summary>
        [RequestParameter("personFields", RequestParameterType.Query)]
        public string? PersonFields { get; set; }

        /// <summary>1..1000, default 100.</summary>
        [RequestParameter("pageSize", RequestParameterType.Query)]
        public int? PageSize { get; set; }

        /// <summary>nextPageToken of the previous page.</summary>
        [RequestParameter("pageToken", RequestParameterType.Query)]
        public string? PageToken { get; set; }

        /// <summary>Whether to return nextSyncToken on the last page.</summary>
        [RequestParameter("requestSyncToken", RequestParameterType.Query)]
        public bool? RequestSyncToken { get; set; }

        /// <summary>A sync token from a previous call: only changes since then (deleted people as tombstones).</summary>
        [RequestParameter("syncToken", RequestParameterType.Query)]
        public string? SyncToken { get; set; }

        /// <summary>LAST_MODIFIED_ASCENDING, LAST_MODIFIED_DESCENDING, FIRST_NAME_ASCENDING or LAST_NAME_ASCENDING.</summary>
        [RequestParameter("sortOrder", RequestParameterType.Query)]
        public string? SortOrder { get; set; }

        /// <summary>Source types to return.</summary>
        [RequestParameter("sources", RequestParameterType.Query)]
        public Repeatable<string>? Sources { get; set; }

        /// <inheritdoc />
        public override string MethodName => "list";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "v1/{+resourceName}/connections";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceName", "path", true, "^people/[^/]+$");
            AddParameter("personFields", "query");
            AddParameter("pageSize", "query");
            AddParameter("pageToken", "query");
            AddParameter("requestSyncToken", "query");
            AddParameter("syncToken", "query");
            AddParameter("sortOrder", "query");
            AddParameter("sources", "query");
        }

    }
}
