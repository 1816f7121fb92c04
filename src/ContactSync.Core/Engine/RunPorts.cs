using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>What a run reads from and writes to: the two sides and the plan's state.</summary>
internal sealed record RunPorts(ICrmContacts Crm, IGoogleContacts Google, ISyncStateStore Store, string PlanId);
