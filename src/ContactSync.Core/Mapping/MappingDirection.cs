namespace ContactSync.Core.Mapping;

/// <summary>Which way one mapped field may be copied (always narrowed further by the plan's direction).</summary>
public enum MappingDirection
{
    /// <summary>Both ways, as far as the plan's direction allows.</summary>
    Both,

    /// <summary>Only from the CRM to Google.</summary>
    CrmToGoogle,

    /// <summary>Only from Google to the CRM.</summary>
    GoogleToCrm,
}
