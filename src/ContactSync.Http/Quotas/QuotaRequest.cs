namespace ContactSync.Http.Quotas;

/// <summary>What decides the cost of an outgoing call: its effective method, URL path and query, and the records its body carries.</summary>
/// <param name="Method">The method the service acts on (<see cref="IdempotencyRules.EffectiveMethod"/>), e.g. "GET".</param>
/// <param name="Path">The URL's path (escaped or not), e.g. "/v1/people:batchCreateContacts" or "/crm/v8/Contacts".</param>
/// <param name="Query">The URL's query, with or without the leading '?'.</param>
/// <param name="Records">The records the body carries: Zoho's <c>data</c> array, Google's <c>contacts</c> (array or map), the rows a Zoho COQL <c>select_query</c> asks (its LIMIT); 0 without a body.</param>
public sealed record QuotaRequest(string Method, string Path, string Query = "", int Records = 0)
{
    /// <summary>
    /// True for a read: GET or HEAD (also as POST with <c>X-HTTP-Method-Override</c>, see <see cref="IdempotencyRules.EffectiveMethod"/>)
    /// or a Zoho COQL query (a read sent as POST). The pacer serves reads before writes on shared slots while no quota is
    /// contended (<see cref="Pacing.ReadsBeforeWrites"/>).
    /// </summary>
    public bool Reads => Method is "GET" or "HEAD" || Path.EndsWith("/coql", StringComparison.Ordinal);

    /// <summary>The first value of the query parameter <paramref name="name"/>, unescaped; null when absent.</summary>
    public string? QueryValue(string name)
    {
        foreach (var pair in Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    /// <summary>Describes <paramref name="request"/>; the records are counted from its body (buffered, so it can still be sent; gzip understood).</summary>
    public static async ValueTask<QuotaRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = IdempotencyRules.EffectiveMethod(request).ToUpperInvariant();
        var records = method is "POST" or "PUT" or "PATCH" && request.Content is { } content
            ? await QuotaRecordCounter.CountAsync(content, cancellationToken).ConfigureAwait(false)
            : 0;
        return new QuotaRequest(method, request.RequestUri?.AbsolutePath ?? "", request.RequestUri?.Query ?? "", records);
    }
}
