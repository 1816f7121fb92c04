namespace ContactSync.Core.Plans;

/// <summary>Which side wins a field that changed on both sides since the last sync.</summary>
public enum ConflictWinner
{
    /// <summary>Not set; required for bidirectional plans, ignored by one-way plans.</summary>
    Unspecified,

    /// <summary>The CRM value overwrites the Google value.</summary>
    Crm,

    /// <summary>The Google value overwrites the CRM value.</summary>
    Google,
}
