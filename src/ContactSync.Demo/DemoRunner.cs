using System.Globalization;
using ContactSync.Emulators;
using ContactSync.Server.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo;

/// <summary>Starts the emulators and the server, configures a bidirectional plan, runs it twice and prints what happened.</summary>
internal sealed class DemoRunner(DemoOptions options, TextWriter output)
{
    private static readonly string AdminKey = "csk_demo_" + Guid.NewGuid().ToString("N");

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"Starting the bundled Zoho CRM and Google People emulators ({options.ZohoContacts} CRM contacts, {options.GoogleContacts} Google contacts, {options.Overlap} with the same email)…");
        await using var emulator = await EmulatorHost.StartAsync(
            new EmulatorOptions { ZohoSeedContacts = options.ZohoContacts, GoogleSeedContacts = options.GoogleContacts, OverlappingEmails = options.Overlap, Seed = 2026 },
            cancellationToken);
        output.WriteLine($"  emulators on {emulator.BaseAddress}");

        output.WriteLine($"Starting the ContactSync server on SQLite in {options.DataDirectory}…");
        await using var server = await ContactSyncServerHost.StartAsync(
            new ContactSyncServerOptions { DataDirectory = options.DataDirectory, BootstrapAdminKey = AdminKey, BootstrapKeyOutput = TextWriter.Null },
            cancellationToken);
        output.WriteLine($"  native gRPC on {server.GrpcAddress}, gRPC-Web on {server.GrpcWebAddress}");
        output.WriteLine($"  settings page: {server.GrpcWebAddress} (sign in with the admin key; --keep-running keeps it up)");

        using var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        var client = new Proto.ContactSync.ContactSyncClient(channel);
        var auth = new Metadata { { "authorization", "Bearer " + AdminKey } };
        await ConnectAsync(client, emulator, auth, cancellationToken);

        var plan = (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(emulator) }, auth, cancellationToken: cancellationToken)).Plan;
        output.WriteLine($"Configured plan '{plan.Name}' ({plan.Id}): bidirectional, CRM wins conflicts, {plan.FieldMappings.Count} mapped fields.");

        output.WriteLine();
        output.WriteLine("First sync (full):");
        var first = await RunAsync(client, plan.Id, auth, cancellationToken);
        PrintSummary(first);

        emulator.Zoho.UpdateRecordAsUser(emulator.Zoho.GetAllRecords()[0]["id"]!.ToString(), new System.Text.Json.Nodes.JsonObject { ["Title"] = "Head of Demo" });
        output.WriteLine();
        output.WriteLine("One CRM contact edited; second sync (incremental):");
        var second = await RunAsync(client, plan.Id, auth, cancellationToken);
        PrintSummary(second);

        var status = (await client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, auth, cancellationToken: cancellationToken)).Statuses.Single();
        output.WriteLine();
        output.WriteLine("Status (GetStatus):");
        output.WriteLine($"  last run      {status.LastRun.Outcome} at {status.LastRun.EndTime.ToDateTimeOffset():u}");
        output.WriteLine($"  linked pairs  {status.LinkedContacts}");
        output.WriteLine($"  backlog       {status.Backlog}");
        output.WriteLine($"  failing       {status.FailingRecords}");
        output.WriteLine($"  next run      {(status.NextRunTime is null ? "manual plan" : status.NextRunTime.ToDateTimeOffset().ToString("u", CultureInfo.InvariantCulture))}");
        output.WriteLine($"  Zoho contacts {emulator.Zoho.GetAllRecords().Count}, Google group members {emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup).Count}");

        if (options.KeepRunning)
        {
            output.WriteLine();
            output.WriteLine($"Server keeps running (admin key {AdminKey}); press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return second.Outcome is Proto.RunOutcome.Succeeded ? 0 : 1;
    }

    private async Task<Proto.SyncRun> RunAsync(Proto.ContactSync.ContactSyncClient client, string planId, Metadata auth, CancellationToken cancellationToken)
    {
        using var call = client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth, cancellationToken: cancellationToken);
        Proto.SyncRun? result = null;
        var interactive = !Console.IsOutputRedirected;
        var last = "";
        await foreach (var item in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (item.Progress is { } progress)
            {
                var line = ProgressLine.Render(progress);
                if (interactive)
                {
                    output.Write("\r" + line.PadRight(Math.Max(last.Length, line.Length)));
                }
                else if (line != last)
                {
                    output.WriteLine("  " + line);
                }

                last = line;
            }
            else
            {
                result = item.Result.Run;
            }
        }

        if (interactive)
        {
            output.WriteLine();
        }

        return result ?? throw new InvalidOperationException("The run ended without a result.");
    }

    private void PrintSummary(Proto.SyncRun run)
    {
        var seconds = (run.EndTime.ToDateTimeOffset() - run.StartTime.ToDateTimeOffset()).TotalSeconds;
        output.WriteLine($"  outcome   {run.Outcome} in {seconds:0.00} s ({run.Processed} contacts processed)");
        output.WriteLine($"  Google    +{run.Google.Created} created, {run.Google.Updated} updated, {run.Google.Deleted} deleted");
        output.WriteLine($"  CRM       +{run.Crm.Created} created, {run.Crm.Updated} updated, {run.Crm.Deleted} deleted");
        output.WriteLine($"  conflicts {run.Conflicts}, errors {run.Errors}, backlog {run.Backlog}");
        output.WriteLine($"  API calls Zoho {run.ApiUsage.CrmCalls}, Google {run.ApiUsage.GoogleCalls}, retried {run.ApiUsage.RetriedCalls}");
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
