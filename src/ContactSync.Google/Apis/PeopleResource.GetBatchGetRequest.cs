using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.getBatchGet request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.getBatchGet: <c>GET v1/people:batchGet</c>.</summary>
    public sealed class GetBatchGetRequest : PeopleBaseServiceRequest<GetPeopleResponse>
    {
        /// <summary>Creates the request.</summary>
        public GetBatchGetRequest(IClientService service)
            : base(service)
        {

            InitParameters();
        }

        /// <summary>Resource names (at most 200), repeated.</summary>
        [RequestParameter("resourceNames", RequestParameterType.Query)]
        public Repeatable<string>? ResourceNames { get; set; }

        /// <summary>Field mask (required).</summary>
        [RequestParameter("personFields", RequestParameterType.Query)]
        public string? PersonFields { get; set; }

        /// <summary>Source types to return.</summary>
        [RequestParameter("sources", RequestParameterType.Query)]
        public Repeatable<string>? Sources { get; set; }

        /// <inheritdoc />
        public override string MethodName => "getBatchGet";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "v1/people:batchGet";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceNames", "query");
            AddParameter("personFields", "query");
            AddParameter("sources", "query");
        }

    }
}
