using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.batchCreateContacts request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.batchCreateContacts: <c>POST v1/people:batchCreateContacts</c>.</summary>
    public sealed class BatchCreateContactsRequest : PeopleBaseServiceRequest<Data.BatchCreateContactsResponse>
    {
        /// <summary>Creates the request.</summary>
        public BatchCreateContactsRequest(IClientService service, Data.BatchCreateContactsRequest body)
            : base(service)
        {
            Body = body;
            InitParameters();
        }

        /// <inheritdoc />
        public override string MethodName => "batchCreateContacts";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/people:batchCreateContacts";

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
