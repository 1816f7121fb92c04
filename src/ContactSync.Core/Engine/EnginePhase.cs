namespace ContactSync.Core.Engine;

/// <summary>The step a run is in.</summary>
public enum EnginePhase
{
    /// <summary>Reading Google changes.</summary>
    ReadingGoogle,

    /// <summary>Reading CRM changes and deletions.</summary>
    ReadingCrm,

    /// <summary>Matching and planning.</summary>
    Planning,

    /// <summary>Writing Google.</summary>
    WritingGoogle,

    /// <summary>Writing the CRM.</summary>
    WritingCrm,

    /// <summary>Saving cursors.</summary>
    Finishing,
}
