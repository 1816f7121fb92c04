using ContactSync.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ContactSync.Zoho;

/// <summary>DI registration of <see cref="ZohoCrmClient"/> as a typed HttpClient.</summary>
public static class ZohoServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="ZohoCrmClient"/> with the given options (TimeProvider.System unless one is registered).</summary>
    public static IHttpClientBuilder AddZohoCrmClient(this IServiceCollection services, Action<ZohoClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ZohoClientOptions();
        configure(options);
        services.TryAddSingleton(TimeProvider.System);
        var builder = services.AddHttpClient(nameof(ZohoCrmClient));
        builder.AddTypedClient((http, sp) => new ZohoCrmClient(http, options, sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IApiCallObserver>(), sp.GetService<ILogger<ZohoCrmClient>>()));
        return builder;
    }
}
