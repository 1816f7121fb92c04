using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>What the planner needs for a chunk of Google changes no CRM page touched, loaded by the caller.</summary>
/// <param name="Contacts">The Google changes.</param>
/// <param name="Links">Their links (by resource name).</param>
/// <param name="CrmCandidates">The free CRM records (not linked, not skipped) the unlinked contacts may match, by id.</param>
internal sealed record GoogleChunkInput(
    IReadOnlyList<GoogleContact> Contacts,
    IReadOnlyDictionary<string, SyncLink> Links,
    IReadOnlyDictionary<string, CrmContact> CrmCandidates);
