using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo.Tests;

public sealed class ProgressLineTests
{
    [Theory]
    [InlineData(0L, 0L, 0, 0)]
    [InlineData(1_500L, 0L, 1_200, 500)]
    [InlineData(2_305L, 2_305L, 1_200, 500)]
    [InlineData(9_999_999L, 10_000_000L, 9_999_999, 9_999_999)]
    public void Render_AnyCounts_FitsEightyColumnsWithTheLogIndent(long processed, long total, int googleCreated, int crmUpdated)
    {
        foreach (var phase in Enum.GetValues<Proto.RunPhase>())
        {
            var progress = new Proto.RunProgress
            {
                Phase = phase,
                Processed = processed,
                Total = total,
                Google = new Proto.SideCounts { Created = googleCreated, Updated = googleCreated, Deleted = googleCreated },
                Crm = new Proto.SideCounts { Created = crmUpdated, Updated = crmUpdated, Deleted = crmUpdated },
                Errors = 12_345,
            };

            var line = ProgressLine.Render(progress);

            Assert.True(("  " + line).Length <= 79, $"{line.Length}: {line}");
            Assert.DoesNotContain('\r', line);
        }
    }

    [Fact]
    public void Render_UnknownTotal_ShowsTheCountInsteadOfAPercentage()
    {
        var line = ProgressLine.Render(new Proto.RunProgress { Phase = Proto.RunPhase.Planning, Processed = 400, Google = new(), Crm = new() });

        Assert.Equal("[~~~~~~~~~~]   400 2/3 match & write  Google +0 ~0 -0  CRM +0 ~0 -0", line);
    }

    [Fact]
    public void Stage_TheEnginesPhaseOrderWithInterleavedPages_NeverGoesBack()
    {
        // One run as the engine reports it: Google read, then per CRM page read/plan/write, then the rest, then finishing.
        Proto.RunPhase[] reported =
        [
            Proto.RunPhase.Queued, Proto.RunPhase.ReadingGoogle, Proto.RunPhase.ReadingCrm, Proto.RunPhase.Planning,
            Proto.RunPhase.WritingGoogle, Proto.RunPhase.Planning, Proto.RunPhase.WritingGoogle, Proto.RunPhase.WritingCrm,
            Proto.RunPhase.Planning, Proto.RunPhase.WritingCrm, Proto.RunPhase.Finishing, Proto.RunPhase.Done,
        ];

        string[] order = ["starting", "1/3 reading Google", "2/3 match & write", "3/3 finishing"];
        var stages = reported.Select(ProgressLine.Stage).ToList();

        Assert.Equal(order, stages.Distinct());
        Assert.Equal(stages.OrderBy(s => Array.IndexOf(order, s)), stages);
    }
}
