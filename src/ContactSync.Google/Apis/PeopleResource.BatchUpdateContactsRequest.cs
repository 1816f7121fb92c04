using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.batchUpdateContacts request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.batchUpdateContacts: <c>POST v1/people:batchUpdateContacts</c>.</summary>
    public sealed class BatchUpdateContactsRequest : PeopleBaseServiceRequest<Data.BatchUpdateContactsResponse>
    {
        /// <summary>Creates the request.</summary>
        public BatchUpdateContactsRequest(IClientService service, Data.BatchUpdateContactsRequest body)
            : base(service)
        {
            Body = body;
            InitParameters();
        }

        /// <inheritdoc />
        public override string MethodName => "batchUpdateContacts";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/people:batchUpdateContacts";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();

        }

        /// <summary>The request body.</summary>
        public object Body { get; }

        /// <inheritdoc />
        protected override object GetBody() => Body;
    }
}
