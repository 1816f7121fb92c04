namespace ContactSync.Http.Quotas;

/// <summary>
/// One service's metering as ContactSync predicts it: which quotas an outgoing call draws on and how many units, and what a
/// response tells about them. One instance per connection (it knows the account, project or org it meters).
/// </summary>
public interface IQuotaCostModel
{
    /// <summary>The units <paramref name="request"/> takes from each quota (each key at most once); empty for calls that are not metered (OAuth).</summary>
    IReadOnlyList<QuotaCharge> ChargesOf(QuotaRequest request);

    /// <summary>What <paramref name="response"/> to a call with <paramref name="charges"/> says: a 429's culprits, quota left.</summary>
    ValueTask<QuotaFeedback> ReadFeedbackAsync(HttpResponseMessage response, IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken);
}
