namespace ContactSync.Server.Web;

/// <summary>The widget sign-in could not confirm the user; the message is shown to the user (no secrets in it).</summary>
internal sealed class WidgetSignInException(string message) : Exception(message);
