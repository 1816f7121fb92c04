using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>What the planner needs for one CRM page, loaded by the caller.</summary>
/// <param name="Records">The page's records not examined before in this run.</param>
/// <param name="Links">The links of those records (by CRM id).</param>
/// <param name="Candidates">The Google contacts the unlinked records may match.</param>
/// <param name="GoogleAccountFull">True once Google refused creates for its contact limit in this run.</param>
internal sealed record CrmPageInput(
    IReadOnlyList<CrmContact> Records,
    IReadOnlyDictionary<string, SyncLink> Links,
    GoogleCandidates Candidates,
    bool GoogleAccountFull = false);
