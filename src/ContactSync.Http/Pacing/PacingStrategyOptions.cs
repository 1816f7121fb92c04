using Polly;

namespace ContactSync.Http.Pacing;

/// <summary>Options of <see cref="PacingStrategy"/> (it has none of its own; Polly needs an instance).</summary>
internal sealed class PacingStrategyOptions : ResilienceStrategyOptions
{
    public PacingStrategyOptions() => Name = "ContactSync.Pacing";
}
