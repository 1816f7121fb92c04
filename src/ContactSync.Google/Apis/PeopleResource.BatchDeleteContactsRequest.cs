using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.batchDeleteContacts request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.batchDeleteContacts: <c>POST v1/people:batchDeleteContacts</c>.</summary>
    public sealed class BatchDeleteContactsRequest : PeopleBaseServiceRequest<Empty>
    {
        /// <summary>Creates the request.</summary>
        public BatchDeleteContactsRequest(IClientService service, Data.BatchDeleteContactsRequest body)
            : base(service)
        {
            Body = body;
            InitParameters();
        }

        /// <inheritdoc />
        public override string MethodName => "batchDeleteContacts";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/people:batchDeleteContacts";

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
