using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The contactGroups.members.modify request.</content>
public sealed partial class MembersResource
{
    /// <summary>contactGroups.members.modify: <c>POST v1/{+resourceName}/members:modify</c>.</summary>
    public sealed class ModifyRequest : PeopleBaseServiceRequest<ModifyContactGroupMembersResponse>
    {
        /// <summary>Creates the request.</summary>
        public ModifyRequest(IClientService service, ModifyContactGroupMembersRequest body, string resourceName)
            : base(service)
        {
            Body = body;
            ResourceName = resourceName;
            InitParameters();
        }

        /// <summary>The resource name.</summary>
        [RequestParameter("resourceName", RequestParameterType.Path)]
        public string ResourceName { get; }

        /// <inheritdoc />
        public override string MethodName => "modify";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/{+resourceName}/members:modify";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceName", "path", true, "^contactGroups/[^/]+$");
        }

        /// <summary>The request body.</summary>
        public object Body { get; }

        /// <inheritdoc />
        protected override object GetBody() => Body;
    }
}
