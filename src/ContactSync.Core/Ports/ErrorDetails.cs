namespace ContactSync.Core.Ports;

/// <summary>What a service said about a refused record, beyond its code and message (Zoho's <c>details</c>).</summary>
/// <param name="Field">The field the error is about ("" when none was named).</param>
/// <param name="ExpectedType">The data type the field expects ("" when not named).</param>
/// <param name="DuplicateRecordId">For duplicates: the existing record's id on the written side.</param>
/// <param name="DuplicateOwner">For duplicates: the existing record's owner as the service named it (name and id).</param>
public sealed record ErrorDetails(string Field = "", string ExpectedType = "", string DuplicateRecordId = "", string DuplicateOwner = "");
