namespace ContactSync.Server.Quotas;

/// <summary>One run in a <see cref="PacerSimulation"/>: its place in the pacer's order and its calls still to come on the quota.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Order">Its arrival (earlier first): the order among plans never served, and the tie-break.</param>
/// <param name="Turn">
/// Its turn now: 0 when it was never served on the quota, else when it was (larger = later); the pacer serves the least
/// recently served plan first.
/// </param>
/// <param name="ReadyIn">When its next call on the quota is waiting, from now (its reads before the writes).</param>
/// <param name="Grants">The units of its remaining calls on the quota, in the order it sends them (one after another).</param>
internal sealed record SimulatedRun(string RunId, long Order, long Turn, TimeSpan ReadyIn, IReadOnlyList<long> Grants);
