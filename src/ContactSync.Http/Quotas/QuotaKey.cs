namespace ContactSync.Http.Quotas;

/// <summary>
/// Names one metered quota, e.g. <c>google/user/alex@example.com/critical-writes</c>, <c>google/project/default/critical-writes</c>,
/// <c>zoho/org/default/credits</c>. Two calls that draw on the same quota carry the same key, whatever plan or client sends them;
/// <see cref="QuotaKeys"/> forms them.
/// </summary>
/// <param name="Value">The key's text (also its identity in a shared ledger).</param>
public readonly record struct QuotaKey(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
