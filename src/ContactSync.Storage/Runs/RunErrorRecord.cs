namespace ContactSync.Storage.Runs;

/// <summary>A failed record of a run, or one currently failing for a plan.</summary>
internal sealed record RunErrorRecord(string RunId, string Side, string RecordId, string Email, string Code, string Message, int Retries, DateTime FailedUtc);
