using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Connections;
using ContactSync.Server.Plans;
using ContactSync.Server.Plans.RollOut;
using ContactSync.Server.Quotas;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Status;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Services;

/// <summary>
/// The <c>contactsync.v1.ContactSync</c> service: maps requests, delegates to the feature services, maps responses (the only
/// place besides the feature mappers that sees generated types). One partial per feature: <c>.Plans.cs</c>, <c>.Access.cs</c>,
/// <c>.Connections.cs</c>, <c>.Catalog.cs</c>, <c>.Runs.cs</c>.
/// </summary>
internal sealed partial class ContactSyncService(
    PlanService plans,
    PlanRollOut rollOut,
    ApiKeyService apiKeys,
    ConnectionService connections,
    PickerService pickers,
    RunLauncher runLauncher,
    ActiveRuns activeRuns,
    RunQueries runQueries,
    RunEventStreamer runStreamer,
    ServerQuotas quotas) : Proto.ContactSync.ContactSyncBase
{
}
