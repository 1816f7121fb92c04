namespace ContactSync.Zoho.Access;

/// <summary>A read S10 needs from Zoho CRM failed: <see cref="Operation"/> names it, the inner exception is Zoho's failure.</summary>
public sealed class CrmAccessReadException : Exception
{
    /// <summary>Creates the failure.</summary>
    /// <param name="operation">The read, e.g. "Reading the CRM role hierarchy".</param>
    /// <param name="inner">What Zoho (or the network) did.</param>
    public CrmAccessReadException(string operation, Exception inner)
        : base($"{operation} failed: {inner?.Message}", inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Operation = operation;
    }

    /// <summary>The read that failed.</summary>
    public string Operation { get; }
}
