using ContactSync.Core.Engine;

namespace ContactSync.Core.Tests.Fakes;

internal sealed class RecordingSink : ISyncProgressSink
{
    public List<SyncProgress> Events { get; } = [];

    public void Report(SyncProgress progress) => Events.Add(progress);
}
