using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The contactGroups.create request.</content>
public sealed partial class ContactGroupsResource
{
    /// <summary>contactGroups.create: <c>POST v1/contactGroups</c>.</summary>
    public sealed class CreateRequest : PeopleBaseServiceRequest<ContactGroup>
    {
        /// <summary>Creates the request.</summary>
        public CreateRequest(IClientService service, CreateContactGroupRequest body)
            : base(service)
        {
            Body = body;
            InitParameters();
        }

        /// <inheritdoc />
        public override string MethodName => "create";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/contactGroups";

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
