using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// Contacts matched outside the plan's group join it before their link is committed (see <see cref="CommitStateAsync"/>):
/// a run that stops in between leaves an unlinked contact that the next run matches again, never a linked one outside the
/// group. A contact is counted once as updated, whether it joined the group, was updated, or both.
/// </summary>
internal sealed partial class SyncRun
{
    private const int GroupBatchSize = 1000;

    private void CountGoogleUpdate(string resourceName)
    {
        if (_googleUpdated.Add(resourceName))
        {
            _googleTally.Updated++;
        }
    }

    private async Task ApplyGroupAddsAsync(CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            _groupAdds.Clear();
            return;
        }

        while (_groupAdds.Count > 0)
        {
            var batch = _groupAdds.Take(GroupBatchSize).ToList();
            var outcomes = await _google.AddToGroupAsync(batch, cancellationToken);
            _groupAdds.RemoveRange(0, batch.Count);
            foreach (var outcome in outcomes)
            {
                if (outcome.Success)
                {
                    CountGoogleUpdate(outcome.Key);
                }
                else
                {
                    RecordFailure(SideKind.Google, outcome.Key, new PairWork("", outcome.Key, null), outcome.Code, outcome.Message);
                }
            }
        }
    }
}
