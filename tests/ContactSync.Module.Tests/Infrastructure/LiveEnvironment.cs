using ContactSync.Client;
using ContactSync.Client.Models;
using ContactSync.Emulators;
using ContactSync.Server.Hosting;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>
/// The Zoho and Google emulators and a real ContactSync server on loopback (the test kit's <see cref="EmulatedServer"/>:
/// free ports, a temp folder, a known admin key), not yet connected to each other: the pwsh scripts connect them with Set-ContactSyncConnection, as an admin
/// does. The emulator's values reach the scripts through environment variables.
/// </summary>
internal sealed class LiveEnvironment : IAsyncDisposable
{
    public const string AdminKey = "csk_modlive_01d84129429bddf49e0ef7e9fecfd4c2271c274a";

    private readonly EmulatedServer _world;
    private readonly string _directory;

    private LiveEnvironment(EmulatedServer world, string directory)
    {
        _world = world;
        _directory = directory;
        Client = new ContactSyncClient(new ContactSyncClientOptions { Server = Server.GrpcWebAddress, ApiKey = AdminKey });
    }

    public EmulatorHost Emulator => _world.Emulator;

    public ContactSyncServerHost Server => _world.Server.Host;

    /// <summary>A C# client of the server, for what the tests check beside the scripts.</summary>
    public ContactSyncClient Client { get; }

    /// <summary>The CRM user plans act for (the emulator's administrator).</summary>
    public string CrmUser => Emulator.Credentials.ZohoUserIds["admin"];

    public int ZohoCount => Emulator.Zoho.GetAllRecords().Count;

    /// <summary>Members of the Google "ContactSync" group, the group the scripts sync.</summary>
    public int GroupMembers => Emulator.Google.GetGroupMembers(Emulator.Credentials.GoogleContactSyncGroup).Count;

    public static async Task<LiveEnvironment> StartAsync(EmulatorOptions emulatorOptions)
    {
        var world = await EmulatedServer.StartAsync(new EmulatedServerOptions
        {
            Emulator = emulatorOptions,
            Connect = false,
            AdminKey = AdminKey,
            Configuration = new Dictionary<string, string?> { ["ContactSync:Runs:ProgressInterval"] = "00:00:00.100" },
        });
        var directory = TempFolders.New("contactsync-module-live");
        try
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "google-key.json"), world.Emulator.Credentials.GoogleServiceAccountKeyJson);
            return new LiveEnvironment(world, directory);
        }
        catch
        {
            await world.DisposeAsync();
            TempFolders.TryDelete(directory);
            throw;
        }
    }

    /// <summary>The variables the scripts read: the server and key, and the emulator's endpoints and credentials.</summary>
    public Dictionary<string, string> ScriptEnvironment()
    {
        var credentials = Emulator.Credentials;
        return new Dictionary<string, string>
        {
            ["CONTACTSYNC_SERVER"] = Server.GrpcWebAddress.ToString(),
            ["CONTACTSYNC_NATIVE_SERVER"] = Server.GrpcAddress.ToString(),
            ["CONTACTSYNC_KEY"] = AdminKey,
            ["CONTACTSYNC_CRM_USER"] = CrmUser,
            ["EMU_URL"] = Emulator.BaseAddress.ToString(),
            ["EMU_ZOHO_CLIENT_ID"] = credentials.ZohoClientId,
            ["EMU_ZOHO_CLIENT_SECRET"] = credentials.ZohoClientSecret,
            ["EMU_ZOHO_REFRESH_TOKEN"] = credentials.ZohoAdminRefreshToken,
            ["EMU_GOOGLE_KEY_FILE"] = Path.Combine(_directory, "google-key.json"),
            ["EMU_GOOGLE_USER"] = credentials.GoogleImpersonatedUser,
            ["EMU_GOOGLE_TOKEN_URL"] = credentials.GoogleTokenUri,
            ["EXPECT_VIEW_ID"] = Emulator.Zoho.AllContactsViewId,
            ["EXPECT_GROUP"] = credentials.GoogleContactSyncGroup,
        };
    }

    /// <summary>Runs one of the test scripts in the real pwsh against this environment.</summary>
    public Task<PwshResult> RunScriptAsync(string script, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = ScriptEnvironment();
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return Pwsh.RunFileAsync(Path.Combine(RepositoryPaths.Scripts, script), environment, TimeSpan.FromSeconds(60));
    }

    /// <summary>The status of the plan with this name, once it satisfies the condition.</summary>
    public async Task<PlanStatusInfo> WaitForStatusAsync(string planName, Func<PlanStatusInfo, bool> condition, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        PlanStatusInfo? last = null;
        while (!cts.IsCancellationRequested)
        {
            var statuses = await Client.GetStatusAsync(null, CancellationToken.None);
            last = statuses.FirstOrDefault(s => s.PlanName == planName);
            if (last is not null && condition(last))
            {
                return last;
            }

            try
            {
                await Task.Delay(50, cts.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"Plan '{planName}' did not reach the expected state in {timeout}; last status: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _world.DisposeAsync();
        TempFolders.TryDelete(_directory);
    }
}
