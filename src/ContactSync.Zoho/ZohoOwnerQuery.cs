namespace ContactSync.Zoho;

/// <summary>What <see cref="ZohoCrmClient.QueryContactsByOwnersAsync"/> reads: the Contacts of some owners, with COQL.</summary>
public sealed record ZohoOwnerQuery
{
    /// <summary>The field API names to return (mandatory, at most 50).</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>The owners (CRM user ids) whose records are read; at least one.</summary>
    public required IReadOnlyCollection<string> OwnerIds { get; init; }

    /// <summary>Only records modified after this instant (<c>Modified_Time &gt; '…'</c>).</summary>
    public DateTimeOffset? ModifiedSince { get; init; }

    /// <summary>Rows per call, 1..2000 (reference §2.8). Default 2000: the fewest calls (3 credits each by the reported tiers).</summary>
    public int Limit { get; init; } = ZohoCrmClient.MaxCoqlLimit;

    /// <summary>Called with the CRM's clock (the <c>Date</c> header) of every response, 204 included.</summary>
    public Action<DateTimeOffset>? ServerTimeObserved { get; init; }
}
