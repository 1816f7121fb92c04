namespace ContactSync.Server.Runs;

/// <summary>Stored outcomes that the engine does not produce itself.</summary>
internal static class RunOutcomes
{
    /// <summary>The run stopped on an error.</summary>
    public const string Failed = "Failed";

    /// <summary>The run was cancelled.</summary>
    public const string Cancelled = "Cancelled";
}
