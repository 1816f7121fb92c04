namespace ContactSync.Emulators;

/// <summary>
/// The error Google answers a contact create with when the account holds its maximum number of contacts. Google's
/// documents do not show this error (reference google-people-api §3 and §12 list the 25,000 figure as third-party and the
/// behaviour as unknown), so every part of it is a setting. <see cref="Default"/> is our choice, not a capture: 400
/// FAILED_PRECONDITION with an ErrorInfo reason, the shape of Google's other refusals of a valid request (§8).
/// </summary>
/// <param name="HttpStatus">The HTTP status.</param>
/// <param name="Status">The google.rpc status name.</param>
/// <param name="Message">The error message.</param>
/// <param name="Reason">The ErrorInfo reason (null: no ErrorInfo detail).</param>
public sealed record GoogleLimitRefusal(int HttpStatus, string Status, string Message, string? Reason)
{
    /// <summary>The emulator's default refusal (an assumption; see the type's remarks).</summary>
    public static GoogleLimitRefusal Default { get; } = new(
        400,
        "FAILED_PRECONDITION",
        "The contact limit of this account has been reached; delete contacts before creating more.",
        "CONTACT_LIMIT_EXCEEDED");
}
