using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using ContactSync.Client;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Completers;

/// <summary>
/// Completes a parameter from a picker RPC over the session's default connection; completes nothing when
/// there is no connection or the call fails (tab completion must never throw or hang for long).
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
            return Complete(connection.Client, word, timeout.Token)
                .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, c.ToolTip))
                .ToList();
        }
        catch (Exception ex) when (ex is ContactSyncClientException or OperationCanceledException)
        {
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The candidates matching <paramref name="word"/>: (value, tooltip).</summary>
    internal abstract IEnumerable<(string Value, string ToolTip)> Complete(ContactSyncClient client, string word, CancellationToken cancellationToken);

    internal static bool Matches(string word, params string[] candidates) =>
        word.Length == 0 || candidates.Any(c => c.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);

    private static string Quote(string value) =>
        value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', ';', '{', '}', '@', '#', ',' }) >= 0
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
