namespace ContactSync.Benchmarks.Scenarios;

/// <summary>What the measured run of a scenario is.</summary>
internal enum ScenarioKind
{
    /// <summary>The first run of a new plan (always full).</summary>
    InitialSync,

    /// <summary>An incremental run after a completed first sync and one settling incremental run (both unmeasured).</summary>
    AfterCompletedSync,
}
