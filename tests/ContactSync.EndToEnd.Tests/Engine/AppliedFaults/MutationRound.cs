namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>One round of the applied-fault suite: the plan, the round number and the counts a correct sync leaves.</summary>
internal sealed record MutationRound(EmulatedPlan Plan, int Round, ExpectedCounts Expected);
