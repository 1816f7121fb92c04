namespace ContactSync.Benchmarks.Api;

/// <summary>What the server said about a run (its final <c>RunResult</c>), flattened for the report.</summary>
internal sealed record ServerRunReport(
    string RunId,
    string Outcome,
    string Message,
    long Processed,
    int CrmCreated,
    int CrmUpdated,
    int CrmDeleted,
    int CrmFailed,
    int GoogleCreated,
    int GoogleUpdated,
    int GoogleDeleted,
    int GoogleFailed,
    int Conflicts,
    int Errors,
    long Backlog,
    int ReportedCrmCalls,
    int ReportedGoogleCalls,
    int RetriedCalls,
    long BackoffMs,
    int ProgressEvents,
    double? PredictedSeconds,
    double? ActualSeconds);
