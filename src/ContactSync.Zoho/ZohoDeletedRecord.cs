namespace ContactSync.Zoho;

/// <summary>A deleted Contact (GET /Contacts/deleted).</summary>
/// <param name="Id">The record id.</param>
/// <param name="DeletedTime">When it was deleted.</param>
/// <param name="DisplayName">Its display name, when given.</param>
/// <param name="Type"><c>recycle</c> or <c>permanent</c>.</param>
/// <param name="DeletedById">The id of the user who deleted it, when given.</param>
public sealed record ZohoDeletedRecord(string Id, DateTimeOffset DeletedTime, string? DisplayName, string? Type, string? DeletedById);
