using ContactSync.Server.Access;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Status;

/// <summary>
/// Run errors as a user key may see them: never naming a CRM record its CRM user may not see. A duplicate (Zoho's
/// DUPLICATE_DATA) points at an existing record that may be outside the plan's view or owned by someone the user cannot
/// see, so for user keys its id, owner and Zoho's wording are removed; the code, the field and the plan's own record stay.
/// Admin keys see every detail.
/// </summary>
internal static class RunErrorRedaction
{
    /// <summary>The code of a duplicate in Zoho CRM.</summary>
    public const string DuplicateCode = "DUPLICATE_DATA";

    /// <summary>The message a user key gets for a duplicate.</summary>
    public const string DuplicateMessage =
        "Zoho CRM refused the record: another CRM contact already has this value in a unique field (such as Email). That contact is not named " +
        "here because it may be outside this plan or not visible to this key's CRM user; an admin key sees its id.";

    /// <summary>The errors as <paramref name="caller"/> may see them.</summary>
    public static IEnumerable<RunErrorRecord> ForCaller(ApiCaller caller, IEnumerable<RunErrorRecord> errors) =>
        caller.IsAdmin ? errors : errors.Select(Redact);

    private static RunErrorRecord Redact(RunErrorRecord error)
    {
        var duplicate = string.Equals(error.Code, DuplicateCode, StringComparison.Ordinal);
        if (!duplicate && error.DuplicateRecordId.Length == 0 && error.DuplicateOwner.Length == 0)
        {
            return error;
        }

        return error with
        {
            DuplicateRecordId = "",
            DuplicateOwner = "",
            Message = duplicate ? DuplicateMessage : error.Message,
        };
    }
}
