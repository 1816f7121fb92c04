namespace ContactSync.Zoho.Access;

/// <summary>S10 refused the plan's CRM user; the message names who, the plan kind and every rule that applied.</summary>
public sealed class CrmAccessDeniedException : Exception
{
    /// <summary>Creates the denial.</summary>
    /// <param name="message">The sentence for people.</param>
    /// <param name="crmUserId">The CRM user refused.</param>
    /// <param name="rules">The rules that applied, separated by "; ".</param>
    public CrmAccessDeniedException(string message, string crmUserId, string rules)
        : base(message)
    {
        CrmUserId = crmUserId;
        Rules = rules;
    }

    /// <summary>The CRM user refused.</summary>
    public string CrmUserId { get; }

    /// <summary>The rules that applied, separated by "; " (e.g. "Contacts view; Google-sync integration permission").</summary>
    public string Rules { get; }
}
