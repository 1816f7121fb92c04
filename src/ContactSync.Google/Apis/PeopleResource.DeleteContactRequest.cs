using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.deleteContact request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.deleteContact: <c>DELETE v1/{+resourceName}:deleteContact</c>.</summary>
    public sealed class DeleteContactRequest : PeopleBaseServiceRequest<Empty>
    {
        /// <summary>Creates the request.</summary>
        public DeleteContactRequest(IClientService service, string resourceName)
            : base(service)
        {
            ResourceName = resourceName;
            InitParameters();
        }

        /// <summary>The resource name.</summary>
        [RequestParameter("resourceName", RequestParameterType.Path)]
        public string ResourceName { get; }

        /// <inheritdoc />
        public override string MethodName => "deleteContact";

        /// <inheritdoc />
        public override string HttpMethod => "DELETE";

        /// <inheritdoc />
        public override string RestPath => "v1/{+resourceName}:deleteContact";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceName", "path", true, "^people/[^/]+$");
        }

    }
}
