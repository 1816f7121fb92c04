namespace ContactSync.Google;

/// <summary>
/// A create, update or delete failed in a way that does not tell whether Google applied it (5xx, dropped connection,
/// timeout). It is not sent again blindly: the caller reads what is there before deciding.
/// </summary>
public sealed class GoogleOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoogleOutcomeUnknownException(string operation, Exception inner)
        : base($"The outcome of Google {operation} is unknown: {inner.Message}", inner) => Operation = operation;

    /// <summary>The API method, e.g. "people.batchCreateContacts".</summary>
    public string Operation { get; }
}
