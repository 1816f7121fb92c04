namespace ContactSync.Core.Plans;

/// <summary>An optimistic-concurrency check failed: the stored version is not the one the caller read.</summary>
public sealed class VersionConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="resource">What was written, e.g. "plan pln_…".</param>
    /// <param name="expectedVersion">The version the caller sent.</param>
    /// <param name="actualVersion">The version stored now (0 when unknown).</param>
    public VersionConflictException(string resource, long expectedVersion, long actualVersion)
        : base(actualVersion > 0
            ? $"The {resource} was changed by someone else: it is at version {actualVersion}, not {expectedVersion}. Read it again and retry."
            : $"The {resource} was changed by someone else since version {expectedVersion}. Read it again and retry.")
    {
        Resource = resource;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>What was written, e.g. "plan pln_…".</summary>
    public string Resource { get; }

    /// <summary>The version the caller sent.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version stored now (0 when unknown).</summary>
    public long ActualVersion { get; }
}
