namespace ContactSync.Core.Engine;

/// <summary>One field a planned change writes.</summary>
/// <param name="CrmField">The CRM field.</param>
/// <param name="GooglePath">The Google path.</param>
/// <param name="OldValue">The target's value before.</param>
/// <param name="NewValue">The value written.</param>
/// <param name="Conflict">True when both sides changed and the conflict option decided.</param>
public sealed record FieldChangeInfo(string CrmField, string GooglePath, string OldValue, string NewValue, bool Conflict);
