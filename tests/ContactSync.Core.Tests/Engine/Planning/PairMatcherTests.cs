using ContactSync.Core.Engine.Planning;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Matching rules: cross-reference before email; two candidates are ambiguous; claimed and linked ones are not free.</summary>
public sealed class PairMatcherTests
{
    private static readonly HashSet<string> NoneClaimed = new(StringComparer.Ordinal);

    [Fact]
    public void MatchCrmRecord_CrossReferenceAndEmailPointElsewhere_CrossReferenceWins()
    {
        var record = Crm("1", ("Email", "ada@example.com"));
        var byRef = Google("people/ref");
        var byEmail = Google("people/mail", (Work, "ada@example.com"));
        var candidates = ByEmail("ada@example.com", byEmail);
        candidates.AddByRef("1", [byRef]);

        var match = PairMatcher.MatchCrmRecord(record, candidates, NoneClaimed, inGroupOnly: false);

        Assert.Same(byRef, match.Contact);
        Assert.False(match.Ambiguous);
    }

    [Fact]
    public void MatchCrmRecord_TwoContactsWithTheEmail_IsAmbiguousAndChoosesNone()
    {
        var record = Crm("1", ("Email", " ADA@example.com"));
        var candidates = ByEmail("ada@example.com", Google("people/a", (Work, "ada@example.com")), Google("people/b", (Work, "Ada@Example.com")));

        var match = PairMatcher.MatchCrmRecord(record, candidates, NoneClaimed, inGroupOnly: false);

        Assert.True(match.Ambiguous);
        Assert.Null(match.Contact);
        Assert.Equal(2, match.Count);
    }

    [Fact]
    public void MatchCrmRecord_TwoContactsCarryTheCrmId_TheOneInTheGroupIsThePair()
    {
        var inGroup = Google("people/in");
        var candidates = new GoogleCandidates();
        candidates.AddByRef("1", [inGroup, Google("people/copy") with { InGroup = false }]);

        var match = PairMatcher.MatchCrmRecord(Crm("1"), candidates, NoneClaimed, inGroupOnly: false);

        Assert.Same(inGroup, match.Contact);
    }

    [Fact]
    public void MatchCrmRecord_CandidatesClaimedOrLinkedElsewhere_AreNotFree()
    {
        var claimed = Google("people/claimed", (Work, "ada@example.com"));
        var linked = Google("people/linked", (Work, "ada@example.com"));
        var free = Google("people/free", (Work, "ada@example.com"));
        var candidates = ByEmail("ada@example.com", claimed, linked, free);
        candidates.Exclude(["people/linked"]);

        var match = PairMatcher.MatchCrmRecord(Crm("1", ("Email", "ada@example.com")), candidates, new HashSet<string> { "people/claimed" }, inGroupOnly: false);

        Assert.Same(free, match.Contact);
    }

    [Fact]
    public void MatchCrmRecord_PlanNeverWritesGoogle_ContactsOutsideTheGroupDoNotMatch()
    {
        var outside = Google("people/out", (Work, "ada@example.com")) with { InGroup = false };

        var match = PairMatcher.MatchCrmRecord(Crm("1", ("Email", "ada@example.com")), ByEmail("ada@example.com", outside), NoneClaimed, inGroupOnly: true);

        Assert.Null(match.Contact);
        Assert.False(match.Ambiguous);
    }

    [Fact]
    public void CrmRecordsFor_CrmIdCarried_ThenCrossReferenceField_ThenEmail()
    {
        var byId = Crm("1", ("Email", "x@example.com"));
        var byField = Crm("2", ("Email", "x@example.com")) with { GoogleRef = "people/g" };
        var byEmail = Crm("3", ("Email", "x@example.com"));
        var all = new[] { byId, byField, byEmail }.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var contact = Google("people/g", (Work, "X@example.com"));

        Assert.Same(byId, Assert.Single(PairMatcher.CrmRecordsFor(contact with { CrmRef = "1" }, all, NoneClaimed)));
        Assert.Same(byField, Assert.Single(PairMatcher.CrmRecordsFor(contact, all, NoneClaimed)));
        all.Remove("2");
        Assert.Equal(["1", "3"], PairMatcher.CrmRecordsFor(contact, all, NoneClaimed).Select(r => r.Id).Order());
        Assert.Equal(["3"], PairMatcher.CrmRecordsFor(contact, all, new HashSet<string> { "1" }).Select(r => r.Id));
    }
}
