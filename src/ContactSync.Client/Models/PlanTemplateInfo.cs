namespace ContactSync.Client.Models;

/// <summary>
/// What a roll-out gives every CRM user's plan. The view and the group are named and resolved per user (the group in each
/// user's own Google account, created there when missing). Null properties mean the server's defaults. The name is the plan
/// name per user: "{email}", "{name}" and "{id}" are replaced (without them " ({email})" is appended; empty: "ContactSync ({email})").
/// </summary>
public sealed record PlanTemplateInfo : PlanSettingsInfo
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Direction} '{CrmView}' ↔ '{GoogleGroup}'";
}
