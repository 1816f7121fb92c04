using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Completers;

/// <summary>
/// Completes a parameter from a picker RPC over the session's default connection: the names people think in (quoted
/// where PowerShell needs it), with the id in the tooltip. Completes nothing when there is no connection or the call
/// fails (tab completion must never throw or hang for long).
/// </summary>
public abstract class PickerCompleter : IArgumentCompleter
{
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName,
        string parameterName,
        string wordToComplete,
        CommandAst commandAst,
        IDictionary fakeBoundParameters)
    {
        var connection = SessionConnections.Current;
        if (connection is null)
        {
            return Array.Empty<CompletionResult>();
        }

        var word = (wordToComplete ?? "").Trim('\'', '"');
        try
        {
            using var timeout = new CancellationTokenSource(CompletionTimeout);
            return Complete(connection.Client, word, fakeBoundParameters, timeout.Token)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Select(c => new CompletionResult(Quote(c.Name), c.Name, CompletionResultType.ParameterValue, c.ToolTip))
                .ToList();
        }
        catch (Exception ex) when (ex is ContactSyncClientException or OperationCanceledException)
        {
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The candidates matching <paramref name="word"/>: (name to insert, tooltip).</summary>
    internal abstract IEnumerable<(string Name, string ToolTip)> Complete(
        ContactSyncClient client, string word, IDictionary fakeBoundParameters, CancellationToken cancellationToken);

    /// <summary>
    /// A parameter typed earlier on the line, as text: a CRM user id such as 5725767000000411001 arrives as a number, since
    /// PowerShell parses a numeric bareword argument as one.
    /// </summary>
    internal static string? BoundText(IDictionary fakeBoundParameters, string name) =>
        fakeBoundParameters[name] is { } value ? (value is PSObject wrapped ? wrapped.BaseObject : value).ToString() : null;

    internal static bool Matches(string word, params string[] candidates) =>
        word.Length == 0 || candidates.Any(c => c.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);

    private static readonly char[] NeedsQuotes = [' ', '\'', '"', '$', '`', '(', ')', ';', '{', '}', '@', '#', ',', '&', '|', '<', '>', '*', '?', '[', ']'];

    /// <summary>The value as PowerShell must see it: single-quoted when it has spaces or special characters.</summary>
    internal static string Quote(string value) =>
        value.Length == 0 || value.IndexOfAny(NeedsQuotes) >= 0
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
