using System.Globalization;
using ContactSync.Emulators;
using ContactSync.Emulators.Quotas;
using ContactSync.Server.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo;

/// <summary>Starts the emulators and the server, configures a bidirectional plan, runs it twice and tells what happened.</summary>
internal sealed class DemoRunner(DemoOptions options, TextWriter output, bool interactive)
{
    private static readonly string AdminKey = "csk_demo_" + Guid.NewGuid().ToString("N");

    /// <summary>Set once the demo waits with --keep-running: a stop from then on is the normal end.</summary>
    public bool Waiting { get; private set; }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine("Starting the bundled Zoho CRM and Google People emulators…");
        output.WriteLine($"  {options.ZohoContacts} CRM contacts, {options.GoogleContacts} Google contacts, {options.Overlap} with the same email");
        await using var emulator = await StartEmulatorsAsync(cancellationToken);

        output.WriteLine("Starting the ContactSync server on a fresh SQLite database…");
        output.WriteLine($"  in {options.DataDirectory}");
        await using var server = await ContactSyncServerHost.StartAsync(
            new ContactSyncServerOptions
            {
                DataDirectory = options.DataDirectory,
                BootstrapAdminKey = AdminKey,
                BootstrapKeyOutput = TextWriter.Null,
                GrpcPort = options.GrpcPort,
                GrpcWebPort = options.GrpcWebPort,
                Configuration = QuotaSettings(options.QuotaTimeScale),
            },
            cancellationToken);
        output.WriteLine($"  native gRPC on {server.GrpcAddress}, gRPC-Web on {server.GrpcWebAddress}");
        output.WriteLine($"  settings page: {server.GrpcWebAddress}");
        output.WriteLine($"  admin key: {AdminKey}");

        using var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        var client = new Proto.ContactSync.ContactSyncClient(channel);
        var auth = new Metadata { { "authorization", "Bearer " + AdminKey } };
        await ConnectAsync(client, emulator, auth, cancellationToken);

        var plan = (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(emulator) }, auth, cancellationToken: cancellationToken)).Plan;
        output.WriteLine($"Configured plan '{plan.Name}' ({plan.Id}):");
        output.WriteLine($"  bidirectional, the CRM wins conflicts, {plan.FieldMappings.Count} mapped fields, no caps");
        var story = new DemoStory(output);
        story.HowARunWorks();

        story.BeforeFirstRun();
        var first = await RunAsync(client, plan.Id, auth, cancellationToken);
        story.AfterFirstRun(first);

        emulator.Zoho.UpdateRecordAsUser(emulator.Zoho.GetAllRecords()[0]["id"]!.ToString(), new System.Text.Json.Nodes.JsonObject { ["Title"] = "Head of Demo" });
        story.BeforeSecondRun(first);
        var second = await RunAsync(client, plan.Id, auth, cancellationToken);
        story.AfterSecondRun(first, second);

        var status = (await client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, auth, cancellationToken: cancellationToken)).Statuses.Single();
        story.Status(status, emulator.Zoho.GetAllRecords().Count, emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup).Count);

        var exitCode = second.Outcome is Proto.RunOutcome.Succeeded ? 0 : 1;
        if (options.KeepRunning)
        {
            story.HowToConnect(server.GrpcWebAddress, AdminKey, emulator.Credentials.ZohoUserIds["admin"]);
            Waiting = true;
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            output.WriteLine("Stopping the server and the emulators…");
        }

        return exitCode;
    }

    /// <summary>The emulators with the demo's contacts, enforcing the documented quotas compressed (or none).</summary>
    private async Task<EmulatorHost> StartEmulatorsAsync(CancellationToken cancellationToken)
    {
        var emulator = await EmulatorHost.StartAsync(
            new EmulatorOptions
            {
                ZohoSeedContacts = options.ZohoContacts,
                GoogleSeedContacts = options.GoogleContacts,
                OverlappingEmails = options.Overlap,
                Seed = 2026,
                Quotas = options.QuotaTimeScale > 0 ? QuotaOptions.Defaults(ZohoEdition.Standard, 1, options.QuotaTimeScale) : QuotaOptions.None,
            },
            cancellationToken);
        output.WriteLine($"  emulators on {emulator.BaseAddress}");
        output.WriteLine(options.QuotaTimeScale > 0
            ? $"  enforcing the documented quotas, every window {options.QuotaTimeScale.ToString(CultureInfo.InvariantCulture)} times shorter"
            : "  enforcing no quotas");
        return emulator;
    }

    /// <summary>The server paces by the quotas the emulators enforce, compressed alike (or by none).</summary>
    private static Dictionary<string, string?> QuotaSettings(int timeScale) => timeScale > 0
        ? new() { ["ContactSync:Quotas:TimeScale"] = timeScale.ToString(CultureInfo.InvariantCulture), ["ContactSync:Quotas:WindowMargin"] = "00:00:00.200" }
        : new() { ["ContactSync:Quotas:Enabled"] = "false" };

    private async Task<Proto.SyncRun> RunAsync(Proto.ContactSync.ContactSyncClient client, string planId, Metadata auth, CancellationToken cancellationToken)
    {
        using var call = client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth, cancellationToken: cancellationToken);
        Proto.SyncRun? result = null;
        var last = "";
        await foreach (var item in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (item.Progress is not { } progress)
            {
                result = item.Result.Run;
                continue;
            }

            var line = ProgressLine.Render(progress);
            if (interactive)
            {
                output.Write("\r  " + line.PadRight(last.Length));
            }
            else if (line != last)
            {
                // A log gets one line per change, never carriage returns.
                output.WriteLine("  " + line);
            }

            last = line;
        }

        if (interactive)
        {
            output.WriteLine();
        }

        return result ?? throw new InvalidOperationException("The run ended without a result.");
    }

    private static Proto.SyncPlan Plan(EmulatorHost emulator) => new()
    {
        Name = "Demo: sales team",
        CrmUserId = emulator.Credentials.ZohoUserIds["admin"],
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        CrmGoogleRefField = "Google_Contact_Id",
        Caps = new Proto.RunCaps(),
    };

    private static async Task ConnectAsync(Proto.ContactSync.ContactSyncClient client, EmulatorHost emulator, Metadata auth, CancellationToken cancellationToken)
    {
        var c = emulator.Credentials;
        var baseAddress = emulator.BaseAddress.ToString();
        await client.SetConnectionAsync(new Proto.SetConnectionRequest
        {
            Zoho = new Proto.ZohoConnection { DataCenter = "eu", ApiUrl = baseAddress, AccountsUrl = baseAddress, ClientId = c.ZohoClientId, ClientSecret = c.ZohoClientSecret, RefreshToken = c.ZohoAdminRefreshToken },
        }, auth, cancellationToken: cancellationToken);
        await client.SetConnectionAsync(new Proto.SetConnectionRequest
        {
            Google = new Proto.GoogleConnection { ServiceAccountJson = c.GoogleServiceAccountKeyJson, ImpersonatedUser = c.GoogleImpersonatedUser, TokenUrl = c.GoogleTokenUri, ApiUrl = baseAddress },
        }, auth, cancellationToken: cancellationToken);
    }
}
