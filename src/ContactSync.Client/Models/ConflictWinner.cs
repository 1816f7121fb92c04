namespace ContactSync.Client.Models;

/// <summary>Which side wins a field that changed on both sides since the last sync.</summary>
public enum ConflictWinner
{
    /// <summary>The CRM value overwrites the Google value.</summary>
    Crm = 1,

    /// <summary>The Google value overwrites the CRM value.</summary>
    Google = 2,
}
