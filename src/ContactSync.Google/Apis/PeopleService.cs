using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>
/// The People API v1 service (hand-written in the style of the generated Google.Apis.PeopleService.v1, which is
/// not available here). Set <see cref="BaseClientService.Initializer.BaseUri"/> to point it at an emulator.
/// </summary>
public sealed class PeopleService : BaseClientService
{
    /// <summary>The default base URI.</summary>
    public const string DefaultBaseUri = "https://people.googleapis.com/";

    /// <summary>The read/write contacts scope.</summary>
    public const string ContactsScope = "https://www.googleapis.com/auth/contacts";

    /// <summary>Creates the service.</summary>
    public PeopleService(Initializer initializer)
        : base(initializer)
    {
        People = new PeopleResource(this);
        ContactGroups = new ContactGroupsResource(this);
    }

    /// <summary>The people resource (with <see cref="PeopleResource.Connections"/>).</summary>
    public PeopleResource People { get; }

    /// <summary>The contactGroups resource (with <see cref="ContactGroupsResource.Members"/>).</summary>
    public ContactGroupsResource ContactGroups { get; }

    /// <inheritdoc />
    public override string Name => "people";

    /// <inheritdoc />
    public override string BaseUri => BaseUriOverride ?? DefaultBaseUri;

    /// <inheritdoc />
    public override string BasePath => "";

    /// <inheritdoc />
    public override string BatchUri => BaseUri + "batch";

    /// <inheritdoc />
    public override string BatchPath => "batch";

    /// <inheritdoc />
    public override IList<string> Features => [];
}
