namespace ContactSync.Zoho;

/// <summary>
/// An insert, upsert or delete failed in a way that does not tell whether Zoho applied it (5xx, dropped connection, timeout). It
/// is not sent again blindly: the caller reads what is there before deciding.
/// </summary>
public sealed class ZohoOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ZohoOutcomeUnknownException(string operation, Exception inner)
        : base($"The outcome of Zoho {operation} is unknown: {inner.Message}", inner) => Operation = operation;

    /// <summary>The call, e.g. "POST /crm/v8/Contacts".</summary>
    public string Operation { get; }
}
