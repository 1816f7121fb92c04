using System.Globalization;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo;

/// <summary>What the demo tells around its runs: what each run is, what its numbers mean. Every line fits 80 columns.</summary>
internal sealed class DemoStory(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void HowARunWorks()
    {
        Say("");
        Say("How a run goes: 1/3 it reads Google's contacts (or only their changes), 2/3 it");
        Say("reads the CRM page by page, matching each page and writing what differs before");
        Say("the next page, then handles the Google contacts no CRM record matched, 3/3 it");
        Say("saves where to start next time. \"Compared\" counts the records read on the two");
        Say("sides and compared (a linked pair counts once per side).");
        Say("Progress: + created, ~ updated, - deleted, per side.");
    }

    public void BeforeFirstRun()
    {
        Say("");
        Say("First sync - a full run: the plan has never run, so every contact in scope is");
        Say("read on both sides; contacts with the same email are linked, the others created.");
    }

    public void AfterFirstRun(Proto.SyncRun run) => Summary(run, $"{N(run.Processed)} records compared");

    public void BeforeSecondRun(Proto.SyncRun first)
    {
        var own = OwnWrites(first);
        Say("");
        Say("One CRM contact edited (its Title). Second sync - an incremental run: only what");
        Say("changed since the first sync is read. That includes the first sync's own");
        Say($"{N(own)} writes ({N(first.Google.Created + first.Google.Updated)} in Google, {N(first.Crm.Created + first.Crm.Updated)} in the CRM): both services report them as");
        Say("changed, so this run reads them back once, finds the values it wrote and writes");
        Say("nothing for them. Only the edited contact is copied to Google.");
    }

    public void AfterSecondRun(Proto.SyncRun first, Proto.SyncRun second)
    {
        var own = OwnWrites(first);
        var extra = Math.Max(0, second.Processed - own);
        Summary(second, $"{N(second.Processed)} compared ({N(Math.Min(own, second.Processed))} own writes + {N(extra)} changed)");
    }

    public void Status(Proto.PlanStatus status, int zohoContacts, int googleMembers)
    {
        Say("");
        Say("Status (GetStatus):");
        Say($"  last run      {status.LastRun.Outcome} at {status.LastRun.EndTime.ToDateTimeOffset().ToString("u", Invariant)}");
        Say($"  linked pairs  {N(status.LinkedContacts)}");
        Say($"  backlog       {N(status.Backlog)}");
        Say($"  failing       {N(status.FailingRecords)}");
        Say($"  next run      {(status.NextRunTime is null ? "manual plan" : status.NextRunTime.ToDateTimeOffset().ToString("u", Invariant))}");
        Say($"  Zoho contacts {N(zohoContacts)}, Google group members {N(googleMembers)}");
    }

    /// <summary>The lines to paste into a shell or PowerShell, for --keep-running.</summary>
    public void HowToConnect(Uri grpcWeb, string adminKey, string crmUser)
    {
        var server = grpcWeb.ToString().TrimEnd('/');
        var connect = $"Connect-ContactSync -Server {server} -ApiKey {adminKey}";
        Say("");
        Say("The server keeps running, with the emulators' credentials stored. Open the settings");
        Say($"page at {server}/ and sign in with the admin key above. To use it from");
        Say("PowerShell, paste into a shell:");
        Say("");
        output.WriteLine($"dotnet pwsh -NoExit -Command \"Import-Module '{ModulePath()}'; {connect}\"");
        Say("");
        Say("or, in a PowerShell that has imported the module:");
        Say("");
        output.WriteLine(connect);
        Say("");
        Say($"Then e.g. Get-ContactSyncStatus. A plan of your own: -CrmUser {crmUser}");
        Say("-CrmView 'All Contacts' -GoogleGroup ContactSync. The example script, in a shell:");
        Say("");
        output.WriteLine($"export CONTACTSYNC_SERVER={server} CONTACTSYNC_API_KEY={adminKey}");
        output.WriteLine($"dotnet pwsh module/examples/admin-example.ps1 -CrmUser {crmUser}");
        Say("");
        Say("Ctrl+C (or SIGTERM) stops the server and the emulators.");
    }

    /// <summary>The module the build lays out (artifacts/module/ContactSync beside artifacts/bin), as an absolute path.</summary>
    internal static string ModulePath()
    {
        var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        var module = Path.Combine(artifacts, "module", "ContactSync", "ContactSync.psd1");
        return (File.Exists(module) ? module : "./artifacts/module/ContactSync/ContactSync.psd1").Replace("'", "''", StringComparison.Ordinal);
    }

    private static long OwnWrites(Proto.SyncRun run) =>
        run.Google.Created + run.Google.Updated + run.Crm.Created + run.Crm.Updated;

    private void Summary(Proto.SyncRun run, string compared)
    {
        var seconds = (run.EndTime.ToDateTimeOffset() - run.StartTime.ToDateTimeOffset()).TotalSeconds;
        Say($"  outcome   {run.Outcome} in {seconds.ToString("0.00", Invariant)} s, {compared}");
        Say($"  Google    {N(run.Google.Created)} created, {N(run.Google.Updated)} updated, {N(run.Google.Deleted)} deleted");
        Say($"  CRM       {N(run.Crm.Created)} created, {N(run.Crm.Updated)} updated, {N(run.Crm.Deleted)} deleted");
        Say($"  conflicts {N(run.Conflicts)}, errors {N(run.Errors)}, backlog {N(run.Backlog)}");
        Say($"  API calls Zoho {N(run.ApiUsage.CrmCalls)}, Google {N(run.ApiUsage.GoogleCalls)}, retried {N(run.ApiUsage.RetriedCalls)}");
    }

    private static string N(long value) => value.ToString("N0", Invariant);

    private void Say(string line) => output.WriteLine(line);
}
