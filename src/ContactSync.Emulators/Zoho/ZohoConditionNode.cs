namespace ContactSync.Emulators.Zoho;

/// <summary>
/// One node of a <c>field_selection</c>: a field (true when the edit changed it) or a group whose
/// <see cref="Operator"/> ("and"/"or") combines its children.
/// </summary>
internal sealed record ZohoConditionNode(ZohoFieldDefinition? Field, string? Operator, IReadOnlyList<ZohoConditionNode> Children)
{
    public bool IsMetBy(IReadOnlySet<string> changedFields) => Field is not null
        ? changedFields.Contains(Field.ApiName)
        : Operator == "and" ? Children.All(c => c.IsMetBy(changedFields)) : Children.Any(c => c.IsMetBy(changedFields));

    public int FieldCount => Field is not null ? 1 : Children.Sum(c => c.FieldCount);
}
