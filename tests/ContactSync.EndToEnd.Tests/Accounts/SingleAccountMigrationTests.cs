using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using ContactSync.Server.Hosting;
using ContactSync.Storage;
using ContactSync.Storage.Persistence;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// Upgrading a single-account setup: a database at the migration before per-user plans, with the Google connection and a plan
/// of a CRM user whose own email is not the connection's account, is opened by today's server; the plan keeps syncing the
/// account it synced (the impersonated user, or the refresh token stored without an account) and runs.
/// </summary>
public sealed class SingleAccountMigrationTests
{
    /// <summary>The last migration before per-user plans.</summary>
    private const string PreviousMigration = "Hardening";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PlanOfTheSingleAccountEra_KeepsItsAccount_AndRuns(bool serviceAccount)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 12, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 146 }, CancellationToken.None);
        var seed = Path.Combine(Path.GetTempPath(), "contactsync-migration-seed-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(Path.GetTempPath(), "contactsync-migration-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The connections are stored by a server in a folder of their own (their secrets need its key ring) …
            await using (var first = await StartServerAsync(seed))
            {
                var client = Client(first, out var channel);
                using (channel)
                {
                    await client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), SyncEnvironment.Auth);
                    await client.SetConnectionAsync(serviceAccount ? ConnectionRequests.Google(emulator) : UnnamedRefreshToken(emulator), SyncEnvironment.Auth);
                }
            }

            // … then a database is created at the previous migration, with those connections and a plan as that version stored them.
            await CreateAtPreviousMigrationAsync(data, seed);
            var planId = await InsertOldPlanAsync(data, emulator, legacyOAuth: !serviceAccount);

            var account = serviceAccount ? emulator.Credentials.GoogleImpersonatedUser : "";
            await using (var upgraded = await StartServerAsync(data))
            {
                var client = Client(upgraded, out var channel);
                using (channel)
                {
                    var plan = (await client.GetConfigAsync(new Proto.GetConfigRequest { PlanId = planId }, SyncEnvironment.Auth)).Plan;
                    Assert.Equal(account, plan.GoogleAccount);
                    Assert.True(plan.GoogleAccountAssigned);

                    var run = await RunAsync(client, planId);
                    Assert.True(run.Outcome == Proto.RunOutcome.Succeeded, run.Message);
                    Assert.Equal(account, run.GoogleAccount);
                    Assert.True(run.Google.Created > 0);
                    Assert.Equal(run.Google.Created, emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup).Count);
                }
            }

            // Rolling the upgrade back keeps the other columns of the runs (and their data).
            await MigrateToAsync(data, PreviousMigration);
            Assert.Equal(["GoogleAccount:0", "ConditionsJson:1", "Notes:1"], await ColumnsAsync(data, "SyncRuns", "GoogleAccount", "ConditionsJson", "Notes"));
        }
        finally
        {
            ContactSyncDatabase.ReleasePooledConnections();
            foreach (var folder in new[] { seed, data }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static Task<ContactSyncServerHost> StartServerAsync(string data) => ContactSyncServerHost.StartAsync(
        new ContactSyncServerOptions { DataDirectory = data, BootstrapAdminKey = SyncEnvironment.AdminKey, BootstrapKeyOutput = TextWriter.Null },
        CancellationToken.None);

    private static Proto.ContactSync.ContactSyncClient Client(ContactSyncServerHost server, out GrpcChannel channel)
    {
        channel = GrpcChannel.ForAddress(server.GrpcAddress);
        return new Proto.ContactSync.ContactSyncClient(channel);
    }

    /// <summary>The Workspace user's refresh token, stored without an account (as every refresh token was before per-user plans).</summary>
    private static Proto.SetConnectionRequest UnnamedRefreshToken(EmulatorHost emulator)
    {
        var c = emulator.Credentials;
        return new Proto.SetConnectionRequest
        {
            Google = new Proto.GoogleConnection
            {
                RefreshToken = c.GoogleUserRefreshToken, ClientId = c.GoogleClientId, ClientSecret = c.GoogleClientSecret,
                TokenUrl = c.GoogleTokenUri, ApiUrl = emulator.BaseAddress.ToString(),
            },
        };
    }

    private static async Task MigrateToAsync(string data, string migration)
    {
        ContactSyncDatabase.ReleasePooledConnections();
        await using (var services = new ServiceCollection().AddContactSyncStorage(data).BuildServiceProvider())
        {
            await ContactSyncDatabase.MigrateToAsync(services, migration, CancellationToken.None);
        }

        ContactSyncDatabase.ReleasePooledConnections();
    }

    /// <summary>A new database at <see cref="PreviousMigration"/> holding the connections (and the key ring) of <paramref name="seed"/>.</summary>
    private static async Task CreateAtPreviousMigrationAsync(string data, string seed)
    {
        await MigrateToAsync(data, PreviousMigration);
        var keys = Directory.CreateDirectory(Path.Combine(data, "keys"));
        foreach (var file in Directory.GetFiles(Path.Combine(seed, "keys")))
        {
            File.Copy(file, Path.Combine(keys.FullName, Path.GetFileName(file)));
        }

        await using var db = await OpenAsync(data);
        await using var copy = db.CreateCommand();
        copy.CommandText = "ATTACH DATABASE $seed AS seed; INSERT INTO Connections SELECT * FROM seed.Connections; DETACH DATABASE seed;";
        copy.Parameters.AddWithValue("$seed", Path.Combine(seed, StorageServiceCollectionExtensions.SqliteFileName));
        await copy.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string data)
    {
        var db = new SqliteConnection($"Data Source={Path.Combine(data, StorageServiceCollectionExtensions.SqliteFileName)};Pooling=False");
        await db.OpenAsync();
        return db;
    }

    /// <summary>"name:1" for each of <paramref name="names"/> the table has, "name:0" for the others.</summary>
    private static async Task<List<string>> ColumnsAsync(string data, string table, params string[] names)
    {
        await using var db = await OpenAsync(data);
        var result = new List<string>();
        foreach (var name in names)
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM pragma_table_info('{table}') WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            result.Add($"{name}:{(long)(await command.ExecuteScalarAsync())!}");
        }

        return result;
    }

    /// <summary>A plan of the standard CRM user on the connection's ContactSync group, written with the previous schema's columns.</summary>
    private static async Task<string> InsertOldPlanAsync(string data, EmulatorHost emulator, bool legacyOAuth)
    {
        Assert.Equal(["GoogleAccount:0", "GoogleGroupAssigned:1"], await ColumnsAsync(data, "Plans", "GoogleAccount", "GoogleGroupAssigned")); // really the previous schema
        await using var db = await OpenAsync(data);

        await using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO Plans (Id, Name, NormalizedName, CrmUserId, Direction, ConflictWinner, IntervalSeconds, CrmViewId, GoogleGroup,
                FieldMappingsJson, DeletionPolicy, MassDeleteThreshold, FirstRunCap, LaterRunsCap, Enabled, EnforceOneWay, CrmGoogleRefField,
                CreatedUtc, UpdatedUtc, Version, GoogleGroupAssigned)
            VALUES ('pln_00000000000000a1', 'Old plan', 'OLD PLAN', $user, 'CrmToGoogle', 'Unspecified', NULL, $view, $group,
                '[{"crmField":"Email","googleField":"emailAddresses[type=work]","direction":"Both"},{"crmField":"Last_Name","googleField":"names[0].familyName","direction":"Both"},{"crmField":"First_Name","googleField":"names[0].givenName","direction":"Both"}]',
                'Keep', 100, 0, 0, 0, 0, '', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 1, 0);
            """;
        insert.Parameters.AddWithValue("$user", emulator.Credentials.ZohoUserIds["standard"]);
        insert.Parameters.AddWithValue("$view", emulator.Zoho.AllContactsViewId);
        insert.Parameters.AddWithValue("$group", emulator.Credentials.GoogleContactSyncGroup);
        await insert.ExecuteNonQueryAsync();
        if (legacyOAuth)
        {
            // A refresh-token connection of that version had no list of accounts.
            await using var legacy = db.CreateCommand();
            legacy.CommandText = "UPDATE Connections SET SettingsJson = json_remove(SettingsJson, '$.accounts') WHERE Kind = 'Google'";
            Assert.Equal(1, await legacy.ExecuteNonQueryAsync());
        }

        return "pln_00000000000000a1";
    }

    private static async Task<Proto.SyncRun> RunAsync(Proto.ContactSync.ContactSyncClient client, string planId)
    {
        using var call = client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = Proto.RunMode.Full }, SyncEnvironment.Auth);
        Proto.SyncRun? run = null;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            run = item.Result?.Run ?? run;
        }

        return run ?? throw new InvalidOperationException("No result.");
    }
}
