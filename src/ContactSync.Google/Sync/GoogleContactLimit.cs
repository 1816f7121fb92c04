using Google;

namespace ContactSync.Google.Sync;

/// <summary>
/// Recognises Google's refusal of a create because the account holds its maximum number of contacts (25,000 per
/// third-party sources). Google's documents do not show this error (reference google-people-api §3, §12), so it is
/// recognised by markers matched, ignoring case, against the error's message and reasons: a client error (4xx, 429
/// included after its retries) of a create whose text names the limit. The markers are a setting
/// (<see cref="GooglePortOptions.ContactLimitMarkers"/>); the defaults cover the emulator's refusal and the usual wordings.
/// </summary>
public static class GoogleContactLimit
{
    /// <summary>The default markers.</summary>
    public static IReadOnlyList<string> DefaultMarkers { get; } =
        ["CONTACT_LIMIT", "contact limit", "contacts limit", "maximum number of contacts", "too many contacts", "MAX_CONTACTS"];

    /// <summary>True when <paramref name="exception"/> is the contact-limit refusal.</summary>
    public static bool IsLimit(GoogleApiException exception, IReadOnlyList<string> markers)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(markers);
        var status = (int)exception.HttpStatusCode;
        if (status is < 400 or >= 500 || markers.Count == 0)
        {
            return false;
        }

        var raw = exception.Error?.ErrorResponseContent ?? "";
        var (_, message, reasons, _) = GoogleErrors.Parse(raw);
        var texts = reasons
            .Concat(exception.Error?.Errors?.Select(e => e.Reason).OfType<string>() ?? [])
            .Append(message ?? exception.Error?.Message ?? exception.Message);
        return texts.Any(text => markers.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase)));
    }
}
