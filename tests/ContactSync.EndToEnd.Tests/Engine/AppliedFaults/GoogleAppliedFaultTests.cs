using ContactSync.Core.Plans;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>The applied-fault suite on every Google write endpoint the engine calls (see <see cref="AppliedFaultScenario"/>).</summary>
public sealed class GoogleAppliedFaultTests
{
    [Theory]
    [InlineData("google batchCreateContacts", SyncDirection.Bidirectional)]
    [InlineData("google batchCreateContacts", SyncDirection.CrmToGoogle)]
    [InlineData("google batchUpdateContacts", SyncDirection.Bidirectional)]
    [InlineData("google batchUpdateContacts", SyncDirection.CrmToGoogle)]
    [InlineData("google batchDeleteContacts", SyncDirection.Bidirectional)]
    [InlineData("google batchDeleteContacts", SyncDirection.CrmToGoogle)]
    [InlineData("google contactGroups.create", SyncDirection.Bidirectional)]
    [InlineData("google contactGroups.create", SyncDirection.CrmToGoogle)]
    [InlineData("google members:modify", SyncDirection.Bidirectional)]
    [InlineData("google members:modify", SyncDirection.CrmToGoogle)]
    public Task EveryFaultAfterTheWrite_LeavesExactCountsNoDuplicatesAndNothingFailing(string endpoint, SyncDirection direction) =>
        AppliedFaultScenario.RunAsync(endpoint, direction);
}
