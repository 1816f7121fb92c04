using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>What a roll-out gives every CRM user's plan.</summary>
/// <param name="NamePattern">The plan name with <c>{email}</c>, <c>{name}</c>, <c>{id}</c> placeholders (see <see cref="PlanNames"/>).</param>
/// <param name="Settings">The plan's settings; its name, CRM user, view, group and account are filled per user.</param>
/// <param name="CrmViewName">The CRM view's name (or id), resolved among the views each user can use.</param>
/// <param name="GoogleGroupName">The Google group's name, resolved (or created) in each user's account.</param>
internal sealed record PlanTemplate(string NamePattern, SyncPlanDefinition Settings, string CrmViewName, string GoogleGroupName);
