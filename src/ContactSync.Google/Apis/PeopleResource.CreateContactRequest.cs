using ContactSync.Google.Apis.Data;
using Google.Apis.Services;
using Google.Apis.Util;

namespace ContactSync.Google.Apis;

/// <content>The people.createContact request.</content>
public sealed partial class PeopleResource
{
    /// <summary>people.createContact: <c>POST v1/people:createContact</c>.</summary>
    public sealed class CreateContactRequest : PeopleBaseServiceRequest<Person>
    {
        /// <summary>Creates the request.</summary>
        public CreateContactRequest(IClientService service, Person body)
            : base(service)
        {
            Body = body;
            InitParameters();
        }

        /// <summary>Field mask of the returned person.</summary>
        [RequestParameter("personFields", RequestParameterType.Query)]
        public string? PersonFields { get; set; }

        /// <summary>Source types to return.</summary>
        [RequestParameter("sources", RequestParameterType.Query)]
        public Repeatable<string>? Sources { get; set; }

        /// <inheritdoc />
        public override string MethodName => "createContact";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "v1/people:createContact";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddParameter("personFields", "query");
            AddParameter("sources", "query");
        }

        /// <summary>The request body.</summary>
        public object Body { get; }

        /// <inheritdoc />
        protected override object GetBody() => Body;
    }
}
