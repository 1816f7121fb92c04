using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// The default connection of each runspace. Module statics are shared by every runspace of a process,
/// so the default is keyed by the runspace rather than held in one static field.
/// </summary>
internal static class SessionConnections
{
    private static readonly ConditionalWeakTable<Runspace, StrongBox<ContactSyncConnection?>> Defaults = new();
    private static readonly StrongBox<ContactSyncConnection?> NoRunspace = new(null);

    public static ContactSyncConnection? Current
    {
        get => Box().Value;
    }

    /// <summary>Sets the default and returns the previous one (for the caller to dispose).</summary>
    public static ContactSyncConnection? Exchange(ContactSyncConnection? connection)
    {
        var box = Box();
        lock (box)
        {
            var previous = box.Value;
            box.Value = connection;
            return previous;
        }
    }

    private static StrongBox<ContactSyncConnection?> Box()
    {
        var runspace = Runspace.DefaultRunspace;
        return runspace is null ? NoRunspace : Defaults.GetValue(runspace, _ => new StrongBox<ContactSyncConnection?>(null));
    }
}
