using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Adds the contacts matched outside the plan's group to it, in batches of 1,000 (members:modify), before their links are
/// committed (see <see cref="ApplyState.CommitAsync"/>): a run that stops in between leaves an unlinked contact that the
/// next run matches again, never a linked one outside the group.
/// </summary>
internal static class GroupAdder
{
    private const int BatchSize = 1000;

    public static async Task AddAsync(ApplyState state, CancellationToken cancellationToken)
    {
        while (state.GroupAdds.Count > 0)
        {
            var batch = state.GroupAdds.Take(BatchSize).ToList();
            var outcomes = await state.Ports.Google.AddToGroupAsync(batch, cancellationToken);
            state.GroupAdds.RemoveRange(0, batch.Count);
            foreach (var outcome in outcomes)
            {
                if (outcome.Success)
                {
                    state.CountGoogleUpdate(outcome.Key);
                }
                else
                {
                    state.RecordFailure(SideKind.Google, outcome.Key, "", new("", outcome.Key), outcome.Code, outcome.Message);
                }
            }
        }
    }
}
