namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>How many CRM records and members of the plan's Google group a correct sync leaves.</summary>
internal sealed class ExpectedCounts
{
    public int Crm { get; set; }

    public int GoogleGroup { get; set; }
}
