using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.get request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.get: <c>GET v1/{+resourceName}</c>.</summary>
    public sealed class GetRequest : PeopleBaseServiceRequest<Person>
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

        /// <summary>Field mask (required), e.g. names,emailAddresses.</summary>
        [RequestParameter("personFields", RequestParameterType.Query)]
        public string? PersonFields { get; set; }

        /// <summary>Source types to return.</summary>
        [RequestParameter("sources", RequestParameterType.Query)]
        public Repeatable<string>? Sources { get; set; }

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
            AddParameter("resourceName", "path", true, "^people/[^/]+$");
            AddParameter("personFields", "query");
            AddParameter("sources", "query");
        }

    }
}
