namespace ContactSync.PowerShell.Cmdlets;

/// <summary>The names of the plan-selecting parameter sets, one spelling for every cmdlet.</summary>
internal static class PlanParameterSets
{
    /// <summary>Plans by -PlanName (wildcards allowed).</summary>
    public const string ByName = "ByName";

    /// <summary>Plans by -PlanId.</summary>
    public const string ById = "ById";

    /// <summary>Plans piped as objects (-InputObject).</summary>
    public const string ByInputObject = "ByInputObject";
}
