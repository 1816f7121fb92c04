using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Planning;

/// <summary>The result of matching one record: a contact, nothing, or an ambiguous set.</summary>
internal sealed record MatchResult(GoogleContact? Contact, bool Ambiguous, int Count);
