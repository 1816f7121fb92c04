namespace ContactSync.Storage.Schema;

/// <summary>The database and this server cannot work together: one of them must be upgraded first (the message says which).</summary>
public sealed class SchemaMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaMismatchException()
    {
    }

    /// <summary>Creates the exception with the message for the operator.</summary>
    public SchemaMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message for the operator and its cause.</summary>
    public SchemaMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
