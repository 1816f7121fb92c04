namespace ContactSync.Client.Models;

/// <summary>The direction of one field mapping, narrowing the plan's direction.</summary>
public enum MappingDirection
{
    /// <summary>Copy both ways (as far as the plan's direction allows).</summary>
    Both = 1,

    /// <summary>Copy only from the CRM to Google.</summary>
    CrmToGoogle = 2,

    /// <summary>Copy only from Google to the CRM.</summary>
    GoogleToCrm = 3,
}
