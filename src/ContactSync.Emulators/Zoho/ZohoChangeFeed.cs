namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Where the Zoho state reports the records it wrote. Inside a <see cref="Collect"/> scope (one API call) the changes are
/// gathered and published together when the scope publishes; outside one (a test helper) each change is published at
/// once. The subscriber (the notifier) must never call back into the state: it is called under the state's lock.
/// </summary>
internal sealed class ZohoChangeFeed
{
    private readonly AsyncLocal<ZohoChangeScope?> _scope = new();
    private Action<IReadOnlyList<ZohoChange>>? _subscriber;

    /// <summary>Sets the one subscriber.</summary>
    public void Connect(Action<IReadOnlyList<ZohoChange>> subscriber) => _subscriber = subscriber;

    /// <summary>Starts gathering the changes of the current call (its async flow) until the scope is disposed.</summary>
    public ZohoChangeScope Collect()
    {
        var scope = new ZohoChangeScope(this);
        _scope.Value = scope;
        return scope;
    }

    /// <summary>Reports one written record.</summary>
    public void Record(ZohoChange change)
    {
        if (_scope.Value is { } scope)
        {
            scope.Add(change);
        }
        else
        {
            Publish([change]);
        }
    }

    internal void Publish(IReadOnlyList<ZohoChange> changes)
    {
        if (changes.Count > 0)
        {
            _subscriber?.Invoke(changes);
        }
    }

    internal void End(ZohoChangeScope scope)
    {
        if (ReferenceEquals(_scope.Value, scope))
        {
            _scope.Value = null;
        }
    }
}
