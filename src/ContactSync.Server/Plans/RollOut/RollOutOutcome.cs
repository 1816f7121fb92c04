namespace ContactSync.Server.Plans.RollOut;

/// <summary>What a roll-out did (or would do) for one CRM user.</summary>
internal enum RollOutOutcome
{
    /// <summary>A plan was created.</summary>
    Created = 1,

    /// <summary>The user's plan of that name was replaced.</summary>
    Updated = 2,

    /// <summary>The user's plan of that name already had these settings.</summary>
    Unchanged = 3,

    /// <summary>No plan: the reason says why.</summary>
    Failed = 4,
}
