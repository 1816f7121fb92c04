namespace ContactSync.Server.Runs.Launching;

/// <summary>Run ids: <c>run_</c> and 32 hex digits.</summary>
internal static class RunIds
{
    public static string New() => "run_" + Guid.NewGuid().ToString("N");
}
