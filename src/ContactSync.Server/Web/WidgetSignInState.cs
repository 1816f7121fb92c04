namespace ContactSync.Server.Web;

/// <summary>The OAuth <c>state</c> of one widget sign-in, protected with Data Protection while it travels through Zoho.</summary>
/// <param name="Origin">The widget's origin: the only origin the callback page posts the ticket to.</param>
/// <param name="RedirectUri">The callback URL sent to Zoho (the code exchange must repeat it).</param>
/// <param name="ExpiresAt">Unix seconds after which the callback is refused.</param>
/// <param name="Nonce">Random, so two states never look alike.</param>
internal sealed record WidgetSignInState(string Origin, string RedirectUri, long ExpiresAt, string Nonce);
