using ContactSync.Server.Access;
using ContactSync.Server.Connections;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage;
using ContactSync.Storage.ApiKeys;
using ContactSync.Storage.Persistence;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Hosting;

/// <summary>
/// Runs before the server listens: applies migrations, gives a fresh database its bootstrap admin key, salts the keys of
/// an older database, closes the runs of this machine's dead server processes, then marks the health service as serving
/// (and as not serving on shutdown).
/// </summary>
internal sealed class DatabaseStartupService(
    IServiceProvider services,
    IOptions<ContactSyncSettings> settings,
    HealthServiceImpl health,
    BootstrapKeyOutput bootstrapOutput,
    KeyRingDescription keyRing,
    PlanLeasing leasing,
    DatabaseOptions database,
    ILogger<DatabaseStartupService> logger) : IHostedService
{
    /// <summary>The health service name of the ContactSync service.</summary>
    public const string ServiceName = "contactsync.v1.ContactSync";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.NotServing);
        health.SetStatus(ServiceName, HealthCheckResponse.Types.ServingStatus.NotServing);
        var configured = ParseConfiguredKey(settings.Value.BootstrapAdminKey);
        // The bootstrap key and the re-salting run under the migration lock: servers starting at once on a fresh shared
        // database store one bootstrap key between them.
        var applied = await ContactSyncDatabase.MigrateAsync(services, leasing.Holder, ContactSyncDatabase.DefaultLiveWindow, async token =>
        {
            await EnsureBootstrapKeyAsync(configured, token);
            await ResaltOlderKeysAsync(token);
        }, cancellationToken);
        HostingLog.DatabaseReady(logger, DatabaseSettings.Describe(database), applied.Count);
        HostingLog.KeyRingProtection(logger, keyRing.Folder, keyRing.Protection);
        await leasing.ReclaimDeadAsync(cancellationToken);
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);
        health.SetStatus(ServiceName, HealthCheckResponse.Types.ServingStatus.Serving);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.NotServing);
        health.SetStatus(ServiceName, HealthCheckResponse.Types.ServingStatus.NotServing);
        return Task.CompletedTask;
    }

    private static ApiKeyToken? ParseConfiguredKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!ApiKeyToken.TryParse(text.Trim(), out var token) || !token.IsStrongBootstrapSecret())
        {
            throw new InvalidOperationException(
                "ContactSync:BootstrapAdminKey must look like csk_<id>_<secret>: an id of 1 to 32 letters or digits and a secret of at least " +
                $"{ApiKeyToken.MinBootstrapSecretLength} random characters (at least {ApiKeyToken.MinBootstrapDistinctCharacters} different ones, no repeated pattern), " +
                "e.g. 64 hex digits from 'openssl rand -hex 32'. Use a new id when you replace a key.");
        }

        return token;
    }

    /// <summary>Keys of a database from before salting (plain SHA-256) get a salt now; they keep working.</summary>
    private async Task ResaltOlderKeysAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IApiKeyRepository>();
        var changed = await keys.ResaltAsync(ApiKeyToken.Resalt, cancellationToken);
        if (changed > 0)
        {
            HostingLog.KeysResalted(logger, changed);
        }
    }

    private async Task EnsureBootstrapKeyAsync(ApiKeyToken? configured, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IApiKeyRepository>();
        if (configured is not null)
        {
            // The configured key is added when its id is unknown (a fresh database, or a new configured key).
            if (await keys.GetAsync(configured.Id, cancellationToken) is null)
            {
                var (configuredSalt, configuredHash) = configured.HashSecret();
                await keys.CreateAsync(configured.Id, "bootstrap admin (configured)", ApiKeyRole.Admin, "", configuredSalt, configuredHash, cancellationToken);
                HostingLog.BootstrapKeyConfigured(logger, configured.Id);
            }

            return;
        }

        if (await keys.AnyAsync(cancellationToken))
        {
            return;
        }

        var token = ApiKeyToken.Generate();
        var (salt, hash) = token.HashSecret();
        await keys.CreateAsync(token.Id, "bootstrap admin (generated)", ApiKeyRole.Admin, "", salt, hash, cancellationToken);
        await bootstrapOutput.Writer.WriteLineAsync($"Bootstrap admin API key (shown once): {token.Text}".AsMemory(), cancellationToken);
        await bootstrapOutput.Writer.FlushAsync(cancellationToken);
        HostingLog.BootstrapKeyGenerated(logger, token.Id);
    }
}
