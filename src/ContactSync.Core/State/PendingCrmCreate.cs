namespace ContactSync.Core.State;

/// <summary>
/// A write-ahead intent: the engine is about to create a CRM contact for a Google contact. If the run dies between the
/// create and the link, the next run finds the intent and looks the record up instead of creating a duplicate.
/// </summary>
/// <param name="GoogleResourceName">The Google contact the CRM record is created for.</param>
/// <param name="Email">The email the record is created with ("" when none).</param>
/// <param name="LastName">The Last_Name it is created with.</param>
/// <param name="FirstName">The First_Name it is created with.</param>
public sealed record PendingCrmCreate(string GoogleResourceName, string Email, string LastName, string FirstName);
