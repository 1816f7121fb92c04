namespace ContactSync.Client.Models;

/// <summary>What a roll-out did (or would do) for one CRM user.</summary>
public enum RollOutOutcome
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>A plan was (or would be) created.</summary>
    Created = 1,

    /// <summary>The user's plan of that name was (or would be) replaced.</summary>
    Updated = 2,

    /// <summary>The user's plan already had these settings.</summary>
    Unchanged = 3,

    /// <summary>No plan: see the reason.</summary>
    Failed = 4,
}
