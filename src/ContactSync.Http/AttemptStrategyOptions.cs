using Polly;

namespace ContactSync.Http;

/// <summary>Options of <see cref="AttemptStrategy"/> (it has none of its own; Polly needs an instance).</summary>
internal sealed class AttemptStrategyOptions : ResilienceStrategyOptions
{
    public AttemptStrategyOptions() => Name = "ContactSync.Attempt";
}
