using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Creates whose outcome is unknown (the call failed after the service may have applied it): nothing is sent again
/// blindly. The created records are looked up first; what exists is linked and counted, and only what is missing is
/// created again, once. If that attempt's outcome is unknown too, a second lookup decides and what is still missing fails
/// as NOT_CREATED for the next run.
/// </summary>
internal static class UnknownOutcomes
{
    /// <summary>Settles the writes whose outcome is known; returns the pairs whose outcome is unknown.</summary>
    public static List<PairWork> SettleKnown(IReadOnlyList<PairWork> batch, IReadOnlyList<WriteOutcome> outcomes, Action<PairWork, WriteOutcome> settle)
    {
        var unknown = new List<PairWork>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].IsUnknown)
            {
                unknown.Add(batch[i]);
            }
            else
            {
                settle(batch[i], outcomes[i]);
            }
        }

        return unknown;
    }

    /// <summary>Creates what a lookup after an unknown outcome did not find: once; after that the record fails and the next run creates it.</summary>
    public static async Task CreateMissingAsync(List<PairWork> missing, bool mayRetry, Action<PairWork> fail,
        Func<IReadOnlyList<PairWork>, bool, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return;
        }

        if (mayRetry)
        {
            await create(missing, false, cancellationToken);
            return;
        }

        missing.ForEach(fail);
    }

    /// <summary>The failure of a create that failed twice without an answer and was not found.</summary>
    public static WriteOutcome NotCreated(string key, string side) =>
        new(key, false, Code: "NOT_CREATED", Message: $"Creating the record failed twice without an answer and {side} holds no such record; the next run creates it.");
}
