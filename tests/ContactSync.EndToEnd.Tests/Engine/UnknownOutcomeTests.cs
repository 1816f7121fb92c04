using ContactSync.Core.Engine;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>
/// Issue 10, item 1: a create that fails without an answer is looked up, and only what is missing is created again — once.
/// Here the first attempt is refused with a 500 before anything is applied, so the lookup finds nothing and the batch is
/// sent a second time; that second attempt either is applied and then fails (the lookup finds every record) or fails
/// before applying too (nothing exists: the records fail and the next run creates them).
/// </summary>
public sealed class UnknownOutcomeTests
{
    /// <summary>One batch on either side (Zoho writes 100 records per call).</summary>
    private const int Contacts = 100;

    [Theory]
    [InlineData("google", true)]
    [InlineData("google", false)]
    [InlineData("zoho", true)]
    [InlineData("zoho", false)]
    public async Task CreateFailingTwice_IsLookedUpAfterEachAttempt_AndNeverDoubled(string target, bool secondApplied)
    {
        var toGoogle = target == "google";
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = toGoogle ? Contacts : 0, GoogleSeedContacts = toGoogle ? 0 : Contacts, Seed = 33 });
        plan.GoogleRefField = null;
        plan.Settings = plan.Settings with { WriteGoogle = toGoogle, WriteCrm = !toGoogle };
        var endpoint = toGoogle ? "POST /v1/people:batchCreateContacts" : "POST /crm/v8/Contacts";
        var emulator = plan.Emulator;
        emulator.Faults.Add(new FaultRule(target, FaultKind.InternalError, 1, Endpoint: endpoint));
        emulator.Faults.Add(new FaultRule(target, secondApplied ? FaultKind.AppliedThenInternalError : FaultKind.InternalError, 1, Endpoint: endpoint));

        var first = await plan.RunAsync();

        var created = toGoogle ? first.Google.Created : first.Crm.Created;
        Assert.Equal(2, emulator.Calls.Count(target + " " + endpoint));
        Assert.Equal(secondApplied ? Contacts : 0, created);
        Assert.Equal(secondApplied ? Contacts : 0, Count(plan, toGoogle));
        var failures = await plan.Store.GetFailuresAsync("plan-e2e", CancellationToken.None);
        Assert.Equal(secondApplied ? 0 : Contacts, first.Errors);
        Assert.All(failures, f => Assert.Equal("NOT_CREATED", f.Code));

        var next = await plan.RunAsync();

        Assert.Equal(0, next.Errors);
        Assert.Equal(secondApplied ? 0 : Contacts, toGoogle ? next.Google.Created : next.Crm.Created);
        Assert.Equal(Contacts, Count(plan, toGoogle));
        Assert.Empty(await plan.Store.GetFailuresAsync("plan-e2e", CancellationToken.None));
    }

    private static int Count(EmulatedPlan plan, bool google) => google
        ? plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count
        : plan.Emulator.Zoho.Count;
}
