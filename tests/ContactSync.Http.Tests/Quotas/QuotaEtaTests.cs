using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>The least time the quotas allow for the calls a run still needs.</summary>
public sealed class QuotaEtaTests
{
    private static readonly QuotaSettings Settings = QuotaSettings.Defaults(ZohoCrmEdition.Enterprise, 200);

    private static QuotaWorkload FirstSyncToGoogle(GoogleQuotaCostModel google, long contacts) =>
        new QuotaWorkload()
            .Add(google, GoogleQuotaCalls.ListPage(firstPageOfFullSync: true))
            .AddBatches(google, GoogleQuotaCalls.BatchCreate, contacts, 200);

    [Fact]
    public void TenThousandContactsToOneAccount_AreBoundByItsCriticalWrites_NineMinutes()
    {
        var google = new GoogleQuotaCostModel(Settings, "a@example.com");

        var eta = QuotaEta.LeastTime(FirstSyncToGoogle(google, 10_000));

        // 50 batches of 6 write units at 30 a minute: five go at once, the other 45 need nine more minutes. Reads (6 per batch + 1
        // page at 60 a minute) need four; the 10,000 daily writes fit in the day's 100,000 at once.
        Assert.Equal(TimeSpan.FromMinutes(9), eta.LeastTime);
        Assert.Equal(QuotaKeys.GoogleUser("a@example.com", GoogleQuotaMetric.CriticalWrites), eta.BindingKey);
        Assert.Equal(TimeSpan.FromMinutes(5), eta.ByKey[QuotaKeys.GoogleUser("a@example.com", GoogleQuotaMetric.CriticalReads)]);
        Assert.Equal(TimeSpan.Zero, eta.ByKey[QuotaKeys.GoogleUser("a@example.com", GoogleQuotaMetric.ContactWrites)]);
    }

    [Fact]
    public void CallsOfEqualSize_PackWhole_AndSharingAQuotaDividesIt()
    {
        var google = new GoogleQuotaCostModel(Settings, "a@example.com");
        var writes = QuotaKeys.GoogleUser("a@example.com", GoogleQuotaMetric.CriticalWrites);
        var work = FirstSyncToGoogle(google, 10_000);

        // 28 units a minute hold four batches of 6, not 4.67: 50 batches need 46 / 4 → 12 more minutes.
        var safer = QuotaEta.LeastTime(work, key => key == writes ? new QuotaKeyRate(28, TimeSpan.FromMinutes(1), 28) : null);
        // Two plans on the account: 5 batches a minute between them.
        var shared = QuotaEta.LeastTime(work, key => key == writes ? QuotaKeyRate.Nominal(QuotaLimit.Rate(30, TimeSpan.FromMinutes(1)), 2) : null);

        Assert.Equal(TimeSpan.FromMinutes(12), safer.ByKey[writes]);
        Assert.Equal(TimeSpan.FromMinutes(19), shared.ByKey[writes]);
    }

    [Fact]
    public void ZohoCredits_FromALedgerStatus_CountWhatIsAlreadySpent()
    {
        var zoho = new ZohoQuotaCostModel(Settings with { Zoho = new ZohoQuotaSettings { CreditsPerDay = 1_000, Concurrency = 10 } });
        var work = new QuotaWorkload().AddBatches(zoho, ZohoQuotaCalls.Insert, 15_000, 100).Add(zoho, ZohoQuotaCalls.ListPage(), 50);
        var credits = QuotaKeys.ZohoCredits("default");
        var status = new QuotaKeyStatus(credits, QuotaLimit.Rate(1_000, TimeSpan.FromDays(1)), 1_000, TimeSpan.FromDays(1), 900, 1, null);

        var eta = QuotaEta.LeastTime(work, key => key == credits ? QuotaKeyRate.From(status) : null);

        // 150 inserts × 10 credits + 50 reads = 1,550 credits; 100 left today, then 1,000 a day: two more days.
        Assert.Equal(1_550, work.Needs.Single(n => n.Key == credits).Units);
        Assert.Equal(TimeSpan.FromDays(2), eta.LeastTime);
        Assert.Equal(credits, eta.BindingKey);
    }

    [Fact]
    public void NothingToDo_TakesNoTime_AndConcurrencyCountsOnlyWithACallDuration()
    {
        var zoho = new ZohoQuotaCostModel(Settings);
        var slots = QuotaKeys.ZohoConcurrency("default");
        var work = new QuotaWorkload().Add(zoho, ZohoQuotaCalls.ListPage(), 100);

        Assert.Equal(TimeSpan.Zero, QuotaEta.LeastTime(new QuotaWorkload()).LeastTime);
        Assert.DoesNotContain(slots, QuotaEta.LeastTime(work).ByKey.Keys);
        var withDuration = QuotaEta.LeastTime(work, key => key == slots ? QuotaKeyRate.Concurrency(20, TimeSpan.FromSeconds(1), 20) : null);
        Assert.Equal(TimeSpan.FromSeconds(4), withDuration.ByKey[slots]);
    }
}
