using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>The deleted records of a run with their links, loaded by the caller.</summary>
/// <param name="CrmGoneLinks">The links of the CRM records deleted since the last run.</param>
/// <param name="GoogleGoneLinks">The links of the Google contacts deleted since the last run.</param>
/// <param name="GoogleGone">The deleted Google contacts (tombstones).</param>
internal sealed record DeletionInput(IReadOnlyList<SyncLink> CrmGoneLinks, IReadOnlyList<SyncLink> GoogleGoneLinks, IReadOnlySet<string> GoogleGone);
