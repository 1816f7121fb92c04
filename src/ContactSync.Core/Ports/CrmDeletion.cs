namespace ContactSync.Core.Ports;

/// <summary>A CRM contact that was deleted (from <c>/Contacts/deleted</c>).</summary>
/// <param name="Id">The deleted record's id.</param>
/// <param name="DeletedTime">When it was deleted.</param>
public sealed record CrmDeletion(string Id, DateTimeOffset DeletedTime);
