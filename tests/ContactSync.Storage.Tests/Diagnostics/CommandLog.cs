using System.Data.Common;
using System.Diagnostics;

namespace ContactSync.Storage.Tests.Diagnostics;

/// <summary>
/// The SQL the stores send for one plan while the log is open: EF Core's <c>CommandExecuting</c> events (its
/// DiagnosticListener) of commands with a parameter equal to the plan id, so tests running at the same time on other plans
/// do not count.
/// </summary>
internal sealed class CommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    /// <summary>EF Core's listener (DbLoggerCategory.Name; the test does not compile against EF Core).</summary>
    private const string EfCore = "Microsoft.EntityFrameworkCore";

    /// <summary>RelationalEventId.CommandExecuting's name; its payload (CommandEventData) has the command as <c>Command</c>.</summary>
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    private readonly string _planId;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _commands = [];
    private readonly IDisposable _listeners;

    public CommandLog(string planId)
    {
        _planId = planId;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The commands (one per round trip) sent so far.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return _commands.ToList();
            }
        }
    }

    /// <summary>The commands that only read (each a round trip, whatever the provider batches).</summary>
    public int Queries => Commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));

    /// <summary>The SQL statements within the commands that write rows (an EF Core batch holds many in one command).</summary>
    public int WriteStatements => Commands.Sum(c => CountOf(c, "INSERT INTO ") + CountOf(c, "UPDATE \"") + CountOf(c, "DELETE FROM "));

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == EfCore)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuting && value.Value?.GetType().GetProperty("Command")?.GetValue(value.Value) is DbCommand command && IsOfPlan(command))
        {
            lock (_commands)
            {
                _commands.Add(command.CommandText);
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private bool IsOfPlan(DbCommand command) => command.Parameters.Cast<DbParameter>().Any(p => p.Value is string s && s == _planId);
}
