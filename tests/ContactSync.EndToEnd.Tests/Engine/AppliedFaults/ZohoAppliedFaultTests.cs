using ContactSync.Core.Plans;

namespace ContactSync.EndToEnd.Tests.Engine.AppliedFaults;

/// <summary>The applied-fault suite on every Zoho write endpoint the engine calls (see <see cref="AppliedFaultScenario"/>).</summary>
public sealed class ZohoAppliedFaultTests
{
    [Theory]
    [InlineData("zoho insert", SyncDirection.Bidirectional)]
    [InlineData("zoho insert", SyncDirection.GoogleToCrm)]
    [InlineData("zoho update", SyncDirection.Bidirectional)]
    [InlineData("zoho update", SyncDirection.GoogleToCrm)]
    [InlineData("zoho delete", SyncDirection.Bidirectional)]
    [InlineData("zoho delete", SyncDirection.GoogleToCrm)]
    [InlineData("zoho add_tags", SyncDirection.Bidirectional)]
    [InlineData("zoho add_tags", SyncDirection.GoogleToCrm)]
    public Task EveryFaultAfterTheWrite_LeavesExactCountsNoDuplicatesAndNothingFailing(string endpoint, SyncDirection direction) =>
        AppliedFaultScenario.RunAsync(endpoint, direction);
}
