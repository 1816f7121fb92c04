using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;

namespace ContactSync.Google.Apis;

/// <summary>Base of every People API request (the generated-library style on <see cref="ClientServiceRequest{TResponse}"/>).</summary>
/// <typeparam name="TResponse">The response body type.</typeparam>
public abstract class PeopleBaseServiceRequest<TResponse> : ClientServiceRequest<TResponse>
{
    /// <summary>Creates the request for <paramref name="service"/>.</summary>
    protected PeopleBaseServiceRequest(IClientService service)
        : base(service)
    {
    }

    /// <summary>Registers a path or query parameter.</summary>
    protected void AddParameter(string name, string type, bool required = false, string? pattern = null) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = required, ParameterType = type, DefaultValue = null, Pattern = pattern });
}
