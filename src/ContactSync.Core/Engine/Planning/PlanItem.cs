namespace ContactSync.Core.Engine.Planning;

/// <summary>One decision of a plan, in the order the planner took it.</summary>
internal abstract record PlanItem
{
    /// <summary>The decision for people (a dry run's planned changes): none, one or a few entries.</summary>
    public abstract IEnumerable<PlannedChange> Describe();
}
