using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.updateContact request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.updateContact: <c>PATCH v1/{+resourceName}:updateContact</c>.</summary>
    public sealed class UpdateContactRequest : PeopleBaseServiceRequest<Person>
    {
        /// <summary>Creates the request.</summary>
        public UpdateContactRequest(IClientService service, Person body, string resourceName)
            : base(service)
        {
            Body = body;
            ResourceName = resourceName;
            InitParameters();
        }

        /// <summary>The resource name.</summary>
        [RequestParameter("resourceName", RequestParameterType.Path)]
        public string ResourceName { get; }

        /// <summary>Fields to update (required), e.g. names,emailAddresses.</summary>
        [RequestParameter("updatePersonFields", RequestParameterType.Query)]
        public string? UpdatePersonFields { get; set; }

        /// <summary>Field mask of the returned person.</summary>
        [RequestParameter("personFields", RequestParameterType.Query)]
        public string? PersonFields { get; set; }

        /// <summary>Source types to return.</summary>
        [RequestParameter("sources", RequestParameterType.Query)]
        public Repeatable<string>? Sources { get; set; }

        /// <inheritdoc />
        public override string MethodName => "updateContact";

        /// <inheritdoc />
        public override string HttpMethod => "PATCH";

        /// <inheritdoc />
        public override string RestPath => "v1/{+resourceName}:updateContact";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("resourceName", "path", true, "^people/[^/]+$");
            AddParameter("updatePersonFields", "query");
            AddParameter("personFields", "query");
            AddParameter("sources", "query");
        }

        /// <summary>The request body.</summary>
        public object Body { get; }

        /// <inheritdoc />
        protected override object GetBody() => Body;
    }
}
