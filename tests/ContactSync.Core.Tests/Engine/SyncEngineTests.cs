using ContactSync.Core.Plans;
using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Core.State;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

public sealed class SyncEngineTests
{
    private const string Work = "emailAddresses[type=work]";
    private const string Given = "names[0].givenName";
    private const string Family = "names[0].familyName";
    private const string Mobile = "phoneNumbers[type=mobile]";
    private const string Title = "organizations[0].title";

    [Fact]
    public async Task RunAsync_FirstRunCrmToGoogle_CreatesContactsInGroupWithCrossReference()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        var id = h.Crm.Add(("First_Name", "Zoë"), ("Last_Name", "Müller"), ("Email", "zoe@example.com"), ("Mobile", "+49 170 1234567"));

        var result = await h.RunAsync();

        var created = Assert.Single(h.Google.Live);
        Assert.True(created.InGroup);
        Assert.Equal(id, created.CrmRef);
        Assert.Equal("Zoë", created[Given]);
        Assert.Equal("Müller", created[Family]);
        Assert.Equal("+49 170 1234567", created[Mobile]);
        Assert.Equal(1, result.Google.Created);
        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_FirstRunGoogleToCrm_UsesLastNameFallbackAndNeverWritesGoogle()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        h.Google.Add(true, null, (Given, "Cher"), (Work, "cher@example.com"));
        h.Google.Add(true, null, (Work, "nobody@example.com"));
        var googleWritesBefore = h.Google.WriteCalls;

        var result = await h.RunAsync();

        Assert.Equal(2, result.Crm.Created);
        Assert.Contains(h.Crm.Records.Values, r => r["Last_Name"] == "Cher" && r["Email"] == "cher@example.com");
        Assert.Contains(h.Crm.Records.Values, r => r["Last_Name"] == "nobody");
        Assert.Equal(googleWritesBefore, h.Google.WriteCalls);

        // The fallback is settled: a second run neither rewrites Last_Name nor pushes it into Google.
        var second = await h.RunAsync();
        Assert.Equal(0, second.Crm.Updated + second.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_BidirectionalWithOverlappingEmails_LinksInsteadOfDuplicating()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "Ada"), ("Email", "ADA@example.com "));
        h.Google.Add(true, null, (Family, "Ada"), (Work, "ada@example.com"));
        h.Crm.Add(("Last_Name", "Only CRM"), ("Email", "crm@example.com"));
        h.Google.Add(true, null, (Family, "Only Google"), (Work, "google@example.com"));

        var result = await h.RunAsync();

        Assert.Equal(3, h.Crm.Records.Count);
        Assert.Equal(3, h.Google.Live.Count());
        Assert.Equal(1, result.Crm.Created);
        Assert.Equal(1, result.Google.Created);
        Assert.Equal(3, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Theory]
    [InlineData(true, "CRM title")]
    [InlineData(false, "Google title")]
    public async Task RunAsync_FieldChangedOnBothSides_ConflictOptionDecides(bool crmWins, string expected)
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { CrmWinsConflicts = crmWins };
        var id = h.Crm.Add(("Last_Name", "Lovelace"), ("Email", "ada@example.com"), ("Title", "Countess"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Crm.Edit(id, ("Title", "CRM title"));
        h.Google.Edit(name, (Title, "Google title"));
        var result = await h.RunAsync();

        Assert.Equal(1, result.Conflicts);
        Assert.Equal(expected, h.Crm.Records[id]["Title"]);
        Assert.Equal(expected, h.Google.Contacts[name][Title]);
    }

    [Fact]
    public async Task RunAsync_DifferentFieldsChangedOnEachSide_MergesBoth()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("Last_Name", "Hopper"), ("Email", "grace@example.com"), ("Title", "Rear Admiral"), ("Mobile", "111"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Crm.Edit(id, ("Title", "Commodore"));
        h.Google.Edit(name, (Mobile, "222"));
        var result = await h.RunAsync();

        Assert.Equal(0, result.Conflicts);
        Assert.Equal("Commodore", h.Google.Contacts[name][Title]);
        Assert.Equal("222", h.Crm.Records[id]["Mobile"]);
    }

    [Fact]
    public async Task RunAsync_NothingChangedAndOwnEchoes_WritesNothing()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 250; i++)
        {
            h.Crm.Add(("Last_Name", $"Person {i}"), ("Email", $"p{i}@example.com"));
        }

        await h.RunAsync();
        var crmCalls = h.Crm.WriteCalls;
        var googleCalls = h.Google.WriteCalls;

        // The second run reads our own writes back (new etags, new Modified_Time) and must not ping-pong.
        var second = await h.RunAsync();
        h.Google.Touch(h.Google.Live.First().ResourceName);
        var third = await h.RunAsync();

        Assert.Equal(crmCalls, h.Crm.WriteCalls);
        Assert.Equal(googleCalls, h.Google.WriteCalls);
        Assert.Equal(0, second.Crm.Updated + second.Google.Updated + third.Crm.Updated + third.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_WatermarkOnTheCrmClock_ReadsEchoesOnceAndThenNothing()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 30; i++)
        {
            h.Google.Add(true, null, (Family, $"G{i}"), (Work, $"g{i}@example.com"));
        }

        await h.RunAsync();
        Assert.Equal(30, h.Crm.Records.Count);

        // The next run reads the engine's own CRM writes back once (they came after the first read began)…
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await h.RunAsync();
        Assert.Equal(30, h.Crm.LastReadCount);

        // …and a later quiet run reads nothing, while an edit made after it is read.
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await h.RunAsync();
        Assert.Equal(0, h.Crm.LastReadCount);
        h.Crm.Edit(h.Crm.Records.Keys.First(), ("Title", "Edited"));
        var result = await h.RunAsync();
        Assert.Equal(1, h.Crm.LastReadCount);
        Assert.Equal(1, result.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_ContactCreatedInCrmFromGoogle_KeepsTheGoogleEtagForLaterUpdates()
    {
        var h = new EngineHarness();
        var name = h.Google.Add(true, null, (Family, "Origin"), (Work, "origin@example.com"), (Mobile, "+1 555 0100"));
        await h.RunAsync();
        var link = (await h.Store.GetLinksByGoogleNameAsync("plan-1", [name], default))[name];
        Assert.Equal(h.Google.Contacts[name].Etag, link.GoogleEtag);
        Assert.Equal(h.Google.Contacts[name].State, link.GoogleState);

        // A CRM edit then updates Google directly, without a stale-etag re-read.
        h.Crm.Edit(link.CrmId, ("Title", "Updated"));
        await h.RunAsync();
        Assert.Equal("Updated", h.Google.Contacts[name][Title]);
        Assert.Equal(1, h.Google.WriteCalls);
    }

    [Fact]
    public async Task RunAsync_OneWayCrmToGoogle_GoogleEditIsOverwrittenOnlyOnNextCrmChange()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        var id = h.Crm.Add(("Last_Name", "Turing"), ("Email", "alan@example.com"), ("Title", "Mathematician"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;
        var crmWrites = h.Crm.WriteCalls;

        h.Google.Edit(name, (Title, "Edited in Google"));
        await h.RunAsync();
        Assert.Equal("Edited in Google", h.Google.Contacts[name][Title]);
        Assert.Equal("Mathematician", h.Crm.Records[id]["Title"]);

        h.Crm.Edit(id, ("Title", "Codebreaker"));
        await h.RunAsync();
        Assert.Equal("Codebreaker", h.Google.Contacts[name][Title]);
        Assert.Equal(crmWrites, h.Crm.WriteCalls);
    }

    [Fact]
    public async Task RunAsync_OneWayWithEnforce_OverwritesTargetEditAtOnce()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false, EnforceOneWay = true };
        h.Crm.Add(("Last_Name", "Turing"), ("Email", "alan@example.com"), ("Title", "Mathematician"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Google.Edit(name, (Title, "Edited in Google"));
        await h.RunAsync();

        Assert.Equal("Mathematician", h.Google.Contacts[name][Title]);
    }

    [Fact]
    public async Task RunAsync_CustomFieldMapping_CopiesToUserDefined()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Mappings = [.. DefaultFieldMap.Mappings, new FieldMapping("Customer_Tier", "userDefined[Tier]")] };
        var id = h.Crm.Add(("Last_Name", "Curie"), ("Email", "marie@example.com"), ("Customer_Tier", "Gold"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;
        Assert.Equal("Gold", h.Google.Contacts[name]["userDefined[Tier]"]);

        h.Google.Edit(name, ("userDefined[Tier]", "Silver"));
        await h.RunAsync();
        Assert.Equal("Silver", h.Crm.Records[id]["Customer_Tier"]);
    }

    [Fact]
    public async Task RunAsync_DeleteWithKeepPolicy_DetachesAndNeverResurrects()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("Last_Name", "Keep"), ("Email", "keep@example.com"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Google.Delete(name);
        var result = await h.RunAsync();
        h.Crm.Edit(id, ("Title", "Still here"));
        await h.RunAsync(full: true);

        Assert.True(h.Crm.Records.ContainsKey(id));
        Assert.Empty(h.Google.Live);
        Assert.Equal(0, result.Crm.Deleted);
    }

    [Fact]
    public async Task RunAsync_DeleteWithPropagatePolicy_DeletesOtherSide()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Propagate };
        var id = h.Crm.Add(("Last_Name", "Gone"), ("Email", "gone@example.com"));
        await h.RunAsync();

        h.Crm.Delete(id);
        var result = await h.RunAsync();

        Assert.Empty(h.Google.Live);
        Assert.Equal(1, result.Google.Deleted);
        Assert.Equal(0, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_DeleteWithQuarantinePolicy_MovesToTrash()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Quarantine };
        h.Crm.Add(("Last_Name", "Q"), ("Email", "q@example.com"));
        var id2 = h.Crm.Add(("Last_Name", "R"), ("Email", "r@example.com"));
        await h.RunAsync();
        var googleName = h.Google.Live.Single(c => c["emailAddresses[type=work]"] == "q@example.com").ResourceName;

        h.Google.Delete(googleName);
        var result = await h.RunAsync();

        Assert.Contains(h.Crm.Quarantined, q => q != id2);
        Assert.Equal(1, result.Crm.Deleted);
    }

    [Fact]
    public async Task RunAsync_MoreDeletionsThanThreshold_PausesWithoutWriting()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Propagate, MassDeleteThreshold = 3 };
        var ids = Enumerable.Range(0, 5).Select(i => h.Crm.Add(("Last_Name", $"D{i}"), ("Email", $"d{i}@example.com"))).ToList();
        await h.RunAsync();
        var survivor = h.Crm.Add(("Last_Name", "New"), ("Email", "new@example.com"));
        foreach (var id in ids)
        {
            h.Crm.Delete(id);
        }

        var writes = h.Google.WriteCalls;
        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.PausedByBreaker, result.Outcome);
        Assert.Equal(writes, h.Google.WriteCalls);
        Assert.Equal(5, h.Google.Live.Count());
        Assert.DoesNotContain(h.Google.Live, c => c.CrmRef == survivor);
    }

    [Fact]
    public async Task RunAsync_CapsReached_CarriesBacklogToLaterRunsAndDropsNothing()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { FirstRunCap = 100, LaterRunCap = 60 };
        for (var i = 0; i < 250; i++)
        {
            h.Crm.Add(("Last_Name", $"Cap {i}"), ("Email", $"cap{i}@example.com"));
        }

        var first = await h.RunAsync();
        Assert.Equal(100, first.Google.Created);
        Assert.Equal(150, first.Backlog);

        var second = await h.RunAsync();
        Assert.Equal(60, second.Google.Created);
        Assert.Equal(90, second.Backlog);

        while ((await h.RunAsync()).Backlog > 0)
        {
        }

        Assert.Equal(250, h.Google.Live.Count());
        Assert.Equal(250, h.Google.Live.Select(c => c.CrmRef).Distinct().Count());
        Assert.True(h.Google.MaxWriteBatch <= 200);
    }

    [Fact]
    public async Task RunAsync_DryRun_WritesNothingAndReturnsThePlan()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "Dry"), ("Email", "dry@example.com"));
        h.Google.Add(true, null, (Family, "Run"), (Work, "run@example.com"));

        var result = await h.RunAsync(dryRun: true);

        Assert.Equal(0, h.Crm.WriteCalls);
        Assert.Equal(0, h.Google.WriteCalls);
        Assert.Equal(0, await h.Store.CountLinksAsync("plan-1", default));
        Assert.False((await h.Store.GetCursorAsync("plan-1", default)).Initialized);
        Assert.Contains(result.PlannedChanges, c => c.Action == PlannedAction.Create && c.Target == SideKind.Google && c.Email == "dry@example.com");
        Assert.Contains(result.PlannedChanges, c => c.Action == PlannedAction.Create && c.Target == SideKind.Crm && c.Fields.Any(f => f.NewValue == "Run"));
    }

    [Fact]
    public async Task RunAsync_ExpiredSyncToken_ReconcilesWithoutDuplicates()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "A"), ("Email", "a@example.com"));
        h.Google.Add(true, null, (Family, "B"), (Work, "b@example.com"));
        await h.RunAsync();
        h.Google.ExpireTokens = true;
        var name = h.Google.Live.First(c => c[Work] == "b@example.com").ResourceName;
        h.Google.ExpireTokens = true;
        h.Google.Edit(name, (Title, "Changed while expired"));

        var result = await h.RunAsync();

        Assert.Equal(2, h.Crm.Records.Count);
        Assert.Equal(2, h.Google.Live.Count());
        Assert.Equal("Changed while expired", h.Crm.Records.Values.Single(r => r["Email"] == "b@example.com")["Title"]);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
    }

    [Fact]
    public async Task RunAsync_PlanDeletedAndRecreated_RepairsByCrossReferenceWithoutDuplicates()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "NoMail"));
        h.Crm.Add(("Last_Name", "Mail"), ("Email", "mail@example.com"));
        await h.RunAsync();
        await h.Store.DeletePlanStateAsync("plan-1", default);
        h.Settings = EngineHarness.Bidirectional("plan-2");

        var result = await h.RunAsync();

        Assert.Equal(2, h.Google.Live.Count());
        Assert.Equal(2, h.Crm.Records.Count);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
        Assert.Equal(2, await h.Store.CountLinksAsync("plan-2", default));
    }

    [Fact]
    public async Task RunAsync_TwoGoogleContactsWithOneEmail_ReportsAmbiguousMatch()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        h.Crm.Add(("Last_Name", "Twin"), ("Email", "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 1"), (Work, "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 2"), (Work, "Twin@Example.com"));

        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.PartiallySucceeded, result.Outcome);
        Assert.Equal(2, h.Google.Live.Count());
        var failure = Assert.Single(await h.Store.GetFailuresAsync("plan-1", default));
        Assert.Equal("AMBIGUOUS_MATCH", failure.Code);
    }

    [Fact]
    public async Task RunAsync_RecordFailsOnce_IsRetriedNextRunAndResolved()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        h.Google.Add(true, null, (Family, "Fails"), (Work, "fails@example.com"));
        h.Crm.FailWrite = w => new Ports.WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "boom");

        var first = await h.RunAsync();
        Assert.Equal(1, first.Errors);
        Assert.Single(await h.Store.GetFailuresAsync("plan-1", default));

        h.Crm.FailWrite = null;
        var second = await h.RunAsync();

        Assert.Equal(1, second.Crm.Created);
        Assert.Empty(await h.Store.GetFailuresAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_InterruptedCrmCreate_IsSettledWithoutDuplicate()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        var name = h.Google.Add(true, null, (Given, "Nomail"), (Family, "Person"));

        // Simulate a run that wrote its intent and created the record, then died before linking.
        await h.Store.ApplyAsync("plan-1", Intent(name), default);
        var created = h.Crm.Add(("First_Name", "Nomail"), ("Last_Name", "Person"));
        h.Crm.OutOfView.Add(created);

        await h.RunAsync();

        Assert.Single(h.Crm.Records);
        Assert.Empty(await h.Store.GetPendingAsync("plan-1", default));
        Assert.Equal(1, await h.Store.CountLinksAsync("plan-1", default));

        static StateChanges Intent(string name)
        {
            var changes = new StateChanges();
            changes.AddPending.Add(new PendingCrmCreate(name, "", "Person", "Nomail"));
            return changes;
        }
    }

    [Fact]
    public async Task RunAsync_AccentsAndVeryLongValues_RoundTrip()
    {
        var h = new EngineHarness();
        var longText = string.Concat(Enumerable.Repeat("Ünïcödé ", 3000)).Trim();
        var id = h.Crm.Add(("First_Name", "Åsa-Lïsa"), ("Last_Name", "Ñúñez"), ("Email", "asa@example.com"), ("Description", longText));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        Assert.Equal(longText, h.Google.Contacts[name]["biographies[0].value"]);
        Assert.Equal(0, (await h.RunAsync()).Google.Updated);
        Assert.Equal("Åsa-Lïsa", h.Crm.Records[id]["First_Name"]);
    }

    [Fact]
    public async Task RunAsync_ReportsProgressForEveryPage()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 450; i++)
        {
            h.Crm.Add(("Last_Name", $"P{i}"), ("Email", $"p{i}@example.com"));
        }

        await h.RunAsync();

        Assert.True(h.Sink.Events.Count(e => e.Message.StartsWith("Processed", StringComparison.Ordinal)) >= 3);
        Assert.Equal(450, h.Sink.Events[^1].Google.Created);
    }
}
